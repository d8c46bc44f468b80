package io.envoys.graphql.ws;

import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.http.ServerWebSocket;

/**
 * One WebSocket as SmallRye GraphQL's protocol handler writes to it, with a bound on what may wait to be written: a
 * client that reads more slowly than its events come is closed with 1013 ("try again later", RFC 6455 section 7.4.1 as
 * registered by IANA) and a reason that starts with SLOW_CONSUMER, instead of the server queueing without end.
 */
final class BoundedSession implements GraphQLWebSocketSession {

    static final short TRY_AGAIN_LATER = 1013;
    static final String SLOW_CONSUMER = "SLOW_CONSUMER: messages waited unsent; read faster or subscribe to less";

    private static final Logger LOG = Logger.getLogger(BoundedSession.class);

    private final ServerWebSocket socket;
    private final int maxQueued;
    private final AtomicInteger queued = new AtomicInteger();

    BoundedSession(ServerWebSocket socket, int maxQueued) {
        this.socket = socket;
        this.maxQueued = maxQueued;
    }

    @Override
    public void sendMessage(String message) {
        if (socket.isClosed()) {
            return;
        }
        if (queued.incrementAndGet() > maxQueued) {
            closeSlowConsumer();
            return;
        }
        socket.writeTextMessage(message).onComplete(written -> queued.decrementAndGet());
    }

    /** Closes the connection because its client does not read its events fast enough. */
    void closeSlowConsumer() {
        if (!socket.isClosed()) {
            LOG.infof("Closing the WebSocket of %s: more than %d messages waited to be written", socket.remoteAddress(),
                    maxQueued);
            close(TRY_AGAIN_LATER, SLOW_CONSUMER);
        }
    }

    @Override
    public void close(short statusCode, String reason) {
        if (!socket.isClosed()) {
            socket.close(statusCode, reason);
        }
    }

    @Override
    public boolean isClosed() {
        return socket.isClosed();
    }
}
