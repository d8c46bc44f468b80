package io.envoys.graphql.ws;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of GraphQL subscriptions over WebSocket ({@link SubscriptionRoute}); each refusal is coded. */
@ConfigMapping(prefix = "envoys.graphql.subscriptions")
public interface SubscriptionConfig {

    /**
     * How long a new connection may take to send {@code connection_init}; then it is closed with 4408 (the
     * graphql-transport-ws protocol's "Connection initialisation timeout").
     */
    @WithDefault("5S")
    Duration connectionInitTimeout();

    /** Most subscriptions one connection may hold at once; one more is refused with TOO_MANY_SUBSCRIPTIONS. */
    @WithDefault("20")
    int maxPerConnection();

    /**
     * Most subscriptions this replica serves at once, over all connections; one more is TOO_MANY_SUBSCRIPTIONS. A
     * connection with one subscription held about 45 KB of heap (measured with 1,000), so the default, 2,000, takes under
     * 100 MB of a replica's 768 MiB memory limit (the generated Kubernetes manifest).
     */
    @WithDefault("2000")
    int maxPerReplica();

    /**
     * Most messages a connection may have waiting to be written to a client that reads too slowly; one more closes
     * the connection with 1013 and the reason {@code SLOW_CONSUMER}, so that memory stays bounded. Also the number of
     * events a subscription may have waiting to be resolved.
     */
    @WithDefault("256")
    int maxQueuedMessages();

    /**
     * Most bytes (counted as characters of the JSON text) a connection may have waiting to be written; past it, with
     * at least one message waiting, the connection is closed as a slow consumer, as past {@link #maxQueuedMessages}.
     * A single message larger than this is still sent to a client that has read everything before it.
     */
    @WithDefault("4M")
    MemorySize maxQueuedBytes();

    /**
     * Most bytes all connections of this replica together may have waiting to be written; past it, a connection that
     * already has messages waiting is closed as a slow consumer when another is queued for it, so that a few slow
     * clients with large events cannot fill the heap.
     */
    @WithDefault("64M")
    MemorySize maxQueuedBytesPerReplica();
}
