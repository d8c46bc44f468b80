package io.envoys.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/**
 * A graphql-transport-ws client for tests, on the JDK's WebSocket: every message the server sends is kept in order,
 * and the close code and reason when it closes.
 */
public final class GraphQLSocket implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private volatile boolean reading = true;

    private GraphQLSocket(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(uri, new Collector()).join();
    }

    /** A connection to the service at {@code httpUrl} (its /graphql address), not yet initialised. */
    public static GraphQLSocket open(String httpUrl) {
        return new GraphQLSocket(URI.create(httpUrl.replaceFirst("^http", "ws")));
    }

    /** A connection that has sent {@code connection_init} and received {@code connection_ack}. */
    public static GraphQLSocket initialised(String httpUrl) {
        GraphQLSocket socket = open(httpUrl);
        socket.send(new JsonObject().put("type", "connection_init"));
        JsonObject ack = socket.next();
        if (!"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return socket;
    }

    /** Sends {@code subscribe} for the document under src/test/resources/graphql, with variables as name, value. */
    public void subscribe(String id, String document, Object... variables) {
        JsonObject values = new JsonObject();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        subscribeTo(id, GraphQL.document(document), values.getMap());
    }

    /** Sends {@code subscribe} with a document given inline. */
    public void subscribeTo(String id, String query, Map<String, Object> variables) {
        send(new JsonObject().put("id", id).put("type", "subscribe").put("payload",
                new JsonObject().put("query", query).put("variables", new JsonObject(variables))));
    }

    /** Sends {@code complete} for a subscription. */
    public void complete(String id) {
        send(new JsonObject().put("id", id).put("type", "complete"));
    }

    public void send(JsonObject message) {
        sendText(message.encode());
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message the server sent, waiting up to 10 s; fails the test when none comes. */
    public JsonObject next() {
        JsonObject message = poll(WAIT);
        if (message == null) {
            throw new AssertionError("no message within " + WAIT + (closed.isDone() ? "; closed: " + closed.join()
                    : ""));
        }
        return message;
    }

    /** The next message other than the server's keep-alive pings, or null when none comes within {@code wait}. */
    public JsonObject poll(Duration wait) {
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                JsonObject message = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (message == null || !"ping".equals(message.getString("type"))) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops reading from the connection, as a client that cannot keep up would: what the server sends piles up. */
    public void stopReading() {
        reading = false;
    }

    /** Reads again, everything that waited first. */
    public void readAgain() {
        reading = true;
        socket.request(Long.MAX_VALUE);
    }

    /** "code reason" once the server has closed the connection, waiting up to 10 s. */
    public String closeStatus() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        if (!closed.isDone() && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(alreadyClosed -> null).join();
        }
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(new JsonObject(partial.toString()));
                partial.setLength(0);
            }
            if (reading) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("error " + error);
        }
    }
}
