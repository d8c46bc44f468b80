package io.envoys.graphql.ws;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.envoys.graphql.AnswerSize;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.http.ServerWebSocket;

/**
 * One WebSocket as SmallRye GraphQL's protocol handler writes to it, with bounds on what may wait to be written: a
 * client that reads more slowly than its events come, past the configured messages or bytes of its own, or with
 * messages waiting while the whole replica's waiting bytes are past theirs, is closed with 1013 ("try again later",
 * RFC 6455 section 7.4.1 as registered by IANA) and a reason that starts with SLOW_CONSUMER, instead of the server
 * queueing without end; what waits is counted in UTF-8 bytes, as it goes out. An event larger than an HTTP answer may
 * be ({@code envoys.graphql.max-response-bytes}) closes the connection with 1009 ("message too big") and a reason
 * that starts with RESPONSE_TOO_LARGE. Reading from the client can be paused while its messages wait to be handled. A
 * close reason is cut to the 123 bytes a close frame holds (RFC 6455 section 5.5).
 */
final class BoundedSession implements GraphQLWebSocketSession {

    static final short TRY_AGAIN_LATER = 1013;
    static final String SLOW_CONSUMER = "SLOW_CONSUMER: messages waited unsent; read faster or subscribe to less";
    static final short MESSAGE_TOO_BIG = 1009;
    private static final int MAX_REASON_BYTES = 123;

    private static final Logger LOG = Logger.getLogger(BoundedSession.class);

    private final ServerWebSocket socket;
    private final int maxQueued;
    private final long maxQueuedBytes;
    private final AtomicLong replicaQueuedBytes;
    private final long maxReplicaQueuedBytes;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final long maxMessageBytes;

    /**
     * @param replicaQueuedBytes the bytes all connections of the replica have waiting, shared by them
     * @param maxMessageBytes    the largest message sent, as {@code envoys.graphql.max-response-bytes} bounds an
     *                           answer over HTTP; a larger event closes the connection with 1009
     */
    BoundedSession(ServerWebSocket socket, SubscriptionConfig limits, AtomicLong replicaQueuedBytes,
            long maxMessageBytes) {
        this.socket = socket;
        this.maxMessageBytes = maxMessageBytes;
        this.maxQueued = limits.maxQueuedMessages();
        this.maxQueuedBytes = limits.maxQueuedBytes().asLongValue();
        this.maxReplicaQueuedBytes = limits.maxQueuedBytesPerReplica().asLongValue();
        this.replicaQueuedBytes = replicaQueuedBytes;
    }

    @Override
    public void sendMessage(String message) {
        if (socket.isClosed()) {
            return;
        }
        long bytes = AnswerSize.utf8(message);
        if (bytes > maxMessageBytes) {
            LOG.infof("Closing the WebSocket of %s: an event of %d bytes is over the limit", socket.remoteAddress(),
                    bytes);
            close(MESSAGE_TOO_BIG, String.format(Locale.ROOT, "RESPONSE_TOO_LARGE: an event was over %,d bytes;"
                    + " select less (smaller pages, fewer aliases)", maxMessageBytes));
            return;
        }
        int waiting = queued.incrementAndGet();
        long waitingBytes = queuedBytes.addAndGet(bytes);
        long replicaBytes = replicaQueuedBytes.addAndGet(bytes);
        boolean behind = waiting > 1 && (waitingBytes > maxQueuedBytes || replicaBytes > maxReplicaQueuedBytes);
        if (waiting > maxQueued || behind) {
            written(bytes);
            closeSlowConsumer();
            return;
        }
        socket.writeTextMessage(message).onComplete(done -> written(bytes));
    }

    private void written(long bytes) {
        queued.decrementAndGet();
        queuedBytes.addAndGet(-bytes);
        replicaQueuedBytes.addAndGet(-bytes);
    }

    /** Closes the connection because its client does not read its events fast enough. */
    void closeSlowConsumer() {
        if (!socket.isClosed()) {
            LOG.infof("Closing the WebSocket of %s: its messages waited unsent past the limits", socket.remoteAddress());
            close(TRY_AGAIN_LATER, SLOW_CONSUMER);
        }
    }

    /** Stops reading from the client (its messages wait in the network's buffers), until {@link #resumeReading}. */
    void pauseReading() {
        if (paused.compareAndSet(false, true)) {
            socket.pause();
        }
    }

    /** Reads from the client again after {@link #pauseReading}. */
    void resumeReading() {
        if (paused.compareAndSet(true, false)) {
            socket.resume();
        }
    }

    @Override
    public void close(short statusCode, String reason) {
        if (!socket.isClosed()) {
            socket.close(statusCode, fitted(reason));
        }
    }

    @Override
    public boolean isClosed() {
        return socket.isClosed();
    }

    /** {@code reason} cut, at a character, to what a close frame holds. */
    private static String fitted(String reason) {
        if (reason == null || reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
            return reason;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < reason.length(); i = reason.offsetByCodePoints(i, 1)) {
            String character = new String(Character.toChars(reason.codePointAt(i)));
            bytes += character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_REASON_BYTES - 3) {
                return cut.append("...").toString();
            }
            cut.append(character);
        }
        return cut.toString();
    }
}
