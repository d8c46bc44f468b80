package io.envoys.graphql.ws;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.envoys.graphql.GraphQLConfig;
import io.envoys.graphql.http.Answers;
import io.envoys.graphql.http.OperationChecks;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves GraphQL subscriptions on a WebSocket upgrade of {@code /graphql} with the graphql-transport-ws subprotocol
 * (the graphql-ws library's; the HTTP server offers only that one: {@code quarkus.smallrye-graphql.websocket-subprotocols}),
 * each connection a {@link SubscriptionConnection} that writes through a {@link BoundedSession}. Runs before the HTTP
 * gate and SmallRye GraphQL's own WebSocket handler; an upgrade that does not offer the subprotocol is answered 400
 * with a coded error, one past as many connections as the replica serves subscriptions 503 TOO_MANY_SUBSCRIPTIONS, and
 * every request that is not an upgrade goes on to the gate. A client gone without a close frame is logged at DEBUG.
 */
@ApplicationScoped
public class SubscriptionRoute {

    private static final Logger LOG = Logger.getLogger(SubscriptionRoute.class);
    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final String PATH = "/graphql";
    private static final int ORDER = -1_100;

    private final OperationChecks checks;
    private final SubscriptionConfig limits;
    private final GraphQLConfig graphQLLimits;
    private final Subscriptions subscriptions;
    private final Vertx vertx;

    SubscriptionRoute(OperationChecks checks, SubscriptionConfig limits, GraphQLConfig graphQLLimits,
            Subscriptions subscriptions, Vertx vertx) {
        this.graphQLLimits = graphQLLimits;
        this.vertx = vertx;
        this.checks = checks;
        this.limits = limits;
        this.subscriptions = subscriptions;
    }

    void install(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (!ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            ctx.next();
            return;
        }
        String offered = ctx.request().getHeader("Sec-WebSocket-Protocol");
        List<String> subprotocols = offered == null ? List.of() : Arrays.stream(offered.split(",")).map(String::trim)
                .toList();
        if (!subprotocols.contains(SUBPROTOCOL)) {
            Answers.refuse(ctx, 400, "application/json", "BAD_REQUEST", "Subscriptions take the WebSocket subprotocol "
                    + SUBPROTOCOL + " (Sec-WebSocket-Protocol), as the graphql-ws library speaks it");
            return;
        }
        if (subscriptions.connections() >= limits.maxPerReplica()) {
            Answers.refuse(ctx, 503, "application/json", "TOO_MANY_SUBSCRIPTIONS", "This server holds the most"
                    + " connections it serves (" + limits.maxPerReplica() + "); retry later, or on another replica");
            return;
        }
        ctx.request().toWebSocket().onSuccess(this::serve);
    }

    private void serve(ServerWebSocket socket) {
        BoundedSession session = new BoundedSession(socket, limits, subscriptions.queuedBytes(),
                graphQLLimits.maxResponseBytes());
        Map<String, Object> context = new ConcurrentHashMap<>();
        context.put("runBlocking", true);
        context.put(Subscriptions.SLOW_CONSUMER_KEY, (Runnable) session::closeSlowConsumer);
        SubscriptionConnection connection = new SubscriptionConnection(session, context, checks, limits,
                subscriptions, vertx);
        subscriptions.opened(connection);
        socket.closeHandler(ignored -> {
            subscriptions.closed(connection);
            connection.onClose();
        });
        socket.exceptionHandler(failure -> {
            if (failure instanceof HttpClosedException || failure instanceof CorruptedWebSocketFrameException) {
                LOG.debugf("A client's WebSocket ended without a close frame, or sent a frame too large: %s",
                        failure.getMessage());
            } else {
                connection.onThrowable(failure);
            }
        });
        socket.textMessageHandler(connection::onMessage);
    }
}
