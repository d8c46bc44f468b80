package io.envoys.graphql.ws;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.logging.Logger;

import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.envoys.graphql.ErrorMapper;
import io.envoys.graphql.http.EngineDocuments;
import io.envoys.graphql.http.GraphQLHttpGate;
import io.envoys.graphql.http.GraphQLRequests;
import io.envoys.graphql.http.OperationChecks;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;

/**
 * One client's WebSocket, speaking graphql-transport-ws (the protocol of the graphql-ws library, its PROTOCOL.md)
 * through SmallRye GraphQL's handler, with what that handler leaves out: messages are handled one after the other on a
 * worker thread, never on the event loop, each in a request context of its own as an HTTP request is; a connection
 * that sends no {@code connection_init} within the configured time is closed with 4408; a message whose type is not
 * one a client sends, spelled exactly as the protocol spells it, or a subscribe or complete without a string id of
 * at most 100 characters, closes the connection with 4400; reading pauses while 16 messages wait; and each
 * {@code subscribe} goes through the same checks as an HTTP request (parse, validation, variable coercion, the cost
 * budget; {@link OperationChecks}), must be a subscription, and must fit the connection's and the replica's
 * subscription limits. A refused {@code subscribe} is answered with the protocol's {@code error} message, whose
 * payload is the coded GraphQL errors; the connection stays open.
 */
final class SubscriptionConnection extends GraphQLTransportWSSubprotocolHandler {

    private static final Logger LOG = Logger.getLogger(SubscriptionConnection.class);
    private static final short CONNECTION_INIT_TIMEOUT = 4408;
    private static final short BAD_REQUEST = 4400;
    private static final short GOING_AWAY = 1001;
    /** The types a client may send, spelled exactly; SmallRye's handler would also take them in any case. */
    private static final Set<String> CLIENT_MESSAGE_TYPES = Set.of("connection_init", "ping", "pong", "subscribe",
            "complete");
    private static final Set<String> OPERATION_MESSAGE_TYPES = Set.of("subscribe", "complete");
    private static final int MAX_ID_LENGTH = 100;
    /** Messages a connection may have waiting to be handled before reading from it pauses. */
    private static final int MAX_WAITING = 16;

    private final BoundedSession socket;
    private final OperationChecks checks;
    private final SubscriptionConfig limits;
    private final Subscriptions replica;
    private final Vertx vertx;
    private final AtomicInteger waiting = new AtomicInteger();
    private Future<Void> previous = Future.succeededFuture();

    SubscriptionConnection(BoundedSession socket, Map<String, Object> context, OperationChecks checks,
            SubscriptionConfig limits, Subscriptions replica, Vertx vertx) {
        super(socket, context);
        this.socket = socket;
        this.checks = checks;
        this.limits = limits;
        this.replica = replica;
        this.vertx = vertx;
        vertx.setTimer(limits.connectionInitTimeout().toMillis(), ignored -> {
            if (!connectionInitialized.get()) {
                socket.close(CONNECTION_INIT_TIMEOUT, "Connection initialisation timeout");
            }
        });
    }

    /** Closes the connection because the server is shutting down. */
    void goAway() {
        socket.close(GOING_AWAY, "The server is shutting down; reconnect");
    }

    /** Subscriptions this connection serves now. */
    int active() {
        return activeOperations.size();
    }

    /**
     * A text frame from the client: a JSON object, else the connection is closed with 4400 and a reason of ours (not
     * the parser's). Reading pauses while {@value #MAX_WAITING} messages wait to be handled.
     */
    @Override
    public void onMessage(String text) {
        JsonValue parsed;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            parsed = reader.readValue();
        } catch (JsonException | IllegalStateException notJson) {
            parsed = null;
        }
        if (!(parsed instanceof JsonObject message)) {
            socket.close(BAD_REQUEST, "Invalid message: send a JSON object with a type, as graphql-transport-ws has it");
            return;
        }
        onMessage(message);
    }

    @Override
    protected void onMessage(JsonObject message) {
        if (message == null) {
            return;
        }
        if (waiting.incrementAndGet() >= MAX_WAITING) {
            socket.pauseReading();
        }
        synchronized (this) {
            previous = previous.transform(ignored -> vertx.executeBlocking(() -> {
                try {
                    handle(message);
                } finally {
                    if (waiting.decrementAndGet() < MAX_WAITING / 2) {
                        socket.resumeReading();
                    }
                }
                return null;
            }, false));
        }
    }

    private void handle(JsonObject message) {
        if (socket.isClosed()) {
            return;
        }
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            String type = text(message, "type");
            if (!CLIENT_MESSAGE_TYPES.contains(type)) {
                socket.close(BAD_REQUEST, "Invalid message type; a client sends connection_init, ping, pong,"
                        + " subscribe or complete");
                return;
            }
            if (OPERATION_MESSAGE_TYPES.contains(type) && !validId(message.get("id"))) {
                socket.close(BAD_REQUEST, "Invalid message: subscribe and complete carry an id, a string of 1 to "
                        + MAX_ID_LENGTH + " characters");
                return;
            }
            if ("subscribe".equals(type) && connectionInitialized.get()) {
                List<GraphQLError> refusal = refusal(message);
                if (!refusal.isEmpty()) {
                    sendError(text(message, "id"), refusal);
                    return;
                }
            }
            super.onMessage("subscribe".equals(type) && connectionInitialized.get() ? withEngineText(message) : message);
            if (socket.isClosed()) {
                onClose();
            }
        } catch (RuntimeException malformed) {
            LOG.debugf(malformed, "Closing a WebSocket after a message it could not handle");
            socket.close(BAD_REQUEST, "Invalid message");
        } finally {
            request.terminate();
            // SmallRye leaves the execution's context in an inheritable thread local, from which each held the one
            // before: every subscription ever made stayed reachable
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    /** Why this {@code subscribe} may not run, as coded errors; empty when it may. */
    private List<GraphQLError> refusal(JsonObject message) {
        JsonValue payload = message.get("payload");
        io.vertx.core.json.JsonObject request = payload instanceof JsonObject object
                ? new io.vertx.core.json.JsonObject(object.toString()) : new io.vertx.core.json.JsonObject();
        String problem = GraphQLRequests.problem(request);
        if (problem != null) {
            return List.of(new CodedError(ErrorCode.BAD_REQUEST, "Not a GraphQL request: the payload's " + problem,
                    null, null));
        }
        String operationName = request.getString("operationName");
        OperationChecks.Parsed parsed = checks.parse(request.getString("query"), operationName);
        if (!parsed.errors().isEmpty()) {
            return parsed.errors();
        }
        if (parsed.operation().getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
            return List.of(new CodedError(ErrorCode.BAD_REQUEST, GraphQLHttpGate.SUBSCRIPTIONS_OVER_WEBSOCKET, null,
                    null));
        }
        OperationChecks.Costed costed = checks.coerceAndCost(parsed, operationName,
                GraphQLRequests.variables(request));
        if (!costed.errors().isEmpty()) {
            return costed.errors();
        }
        if (active() >= limits.maxPerConnection()) {
            return List.of(tooMany("This connection holds " + active() + " subscriptions, the most allowed; complete"
                    + " one first, or open another connection"));
        }
        if (replica.active() >= limits.maxPerReplica()) {
            return List.of(tooMany("This server holds the most subscriptions it serves (" + limits.maxPerReplica()
                    + "); retry later, or on another replica"));
        }
        return List.of();
    }

    /** {@code message} with its payload's query as the engine is to read it ({@link EngineDocuments#textFor}). */
    private static JsonObject withEngineText(JsonObject message) {
        JsonObject payload = message.get("payload") instanceof JsonObject object ? object : null;
        String query = text(payload, "query");
        String text = query == null ? null : EngineDocuments.textFor(query);
        if (text == null || text.equals(query)) {
            return message;
        }
        return Json.createObjectBuilder(message).add("payload", Json.createObjectBuilder(payload).add("query", text))
                .build();
    }

    private static GraphQLError tooMany(String message) {
        return new CodedError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, message, null, null);
    }

    /** The protocol's {@code error} message for the operation {@code id}: its payload is the coded errors. */
    private void sendError(String id, List<GraphQLError> errors) {
        JsonArray payload = new JsonArray();
        errors.forEach(error -> payload.add(new io.vertx.core.json.JsonObject(
                ErrorMapper.map(error).toSpecification())));
        socket.sendMessage(new io.vertx.core.json.JsonObject().put("id", id).put("type", "error")
                .put("payload", payload).encode());
    }

    private static boolean validId(JsonValue id) {
        return id instanceof JsonString text && !text.getString().isEmpty()
                && text.getString().length() <= MAX_ID_LENGTH;
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
