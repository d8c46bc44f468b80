package io.envoys.graphql.ws;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.graphql.api.Context;

/**
 * The WebSocket connections this replica serves, for the replica-wide subscription limit, and what a subscription's
 * source stream does when its client cannot keep up.
 */
@ApplicationScoped
public class Subscriptions {

    static final String SLOW_CONSUMER_KEY = Subscriptions.class.getName() + ".slowConsumer";
    private static final Runnable NOT_OVER_A_WEBSOCKET = () -> {
    };

    private final Set<SubscriptionConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final Instance<Context> engine;

    Subscriptions(Instance<Context> engine) {
        this.engine = engine;
    }

    /** Subscriptions served now, over all connections. */
    int active() {
        return connections.stream().mapToInt(SubscriptionConnection::active).sum();
    }

    /** Connections open now. */
    int connections() {
        return connections.size();
    }

    /** The bytes all connections have waiting to be written, shared by their {@link BoundedSession}s. */
    AtomicLong queuedBytes() {
        return queuedBytes;
    }

    void opened(SubscriptionConnection connection) {
        connections.add(connection);
    }

    void closed(SubscriptionConnection connection) {
        connections.remove(connection);
    }

    /**
     * Closes every connection with 1001 ("going away", RFC 6455 section 7.4.1) when the server starts to shut down,
     * so that clients reconnect, to another replica, at once, and the shutdown does not wait for them.
     */
    void goingAway(@Observes ShutdownDelayInitiatedEvent stopping) {
        connections.forEach(SubscriptionConnection::goAway);
    }

    void stopping(@Observes ShutdownEvent stopping) {
        connections.forEach(SubscriptionConnection::goAway);
    }

    /**
     * What closes the connection of the subscription field being resolved, with 1013 and SLOW_CONSUMER, for a source
     * stream whose events come faster than they are sent; does nothing for one that is not over a WebSocket.
     */
    public Runnable slowConsumerCloser() {
        Object closer = engine.get().unwrap(DataFetchingEnvironment.class).getGraphQlContext().get(SLOW_CONSUMER_KEY);
        return closer instanceof Runnable runnable ? runnable : NOT_OVER_A_WEBSOCKET;
    }
}
