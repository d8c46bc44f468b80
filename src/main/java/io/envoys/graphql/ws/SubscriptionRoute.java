package io.envoys.graphql.ws;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.envoys.graphql.http.Answers;
import io.envoys.graphql.http.OperationChecks;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves GraphQL subscriptions on a WebSocket upgrade of {@code /graphql} with the graphql-transport-ws subprotocol
 * (the graphql-ws library's; the HTTP server offers only that one: {@code quarkus.smallrye-graphql.websocket-subprotocols}),
 * each connection a {@link SubscriptionConnection} that writes through a {@link BoundedSession}. Runs before the HTTP
 * gate and SmallRye GraphQL's own WebSocket handler; an upgrade that does not offer the subprotocol is answered 400
 * with a coded error, and every request that is not an upgrade goes on to the gate.
 */
@ApplicationScoped
public class SubscriptionRoute {

    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final String PATH = "/graphql";
    private static final int ORDER = -1_100;

    private final OperationChecks checks;
    private final SubscriptionConfig limits;
    private final Subscriptions subscriptions;
    private final Vertx vertx;

    SubscriptionRoute(OperationChecks checks, SubscriptionConfig limits, Subscriptions subscriptions, Vertx vertx) {
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
        ctx.request().toWebSocket().onSuccess(this::serve);
    }

    private void serve(ServerWebSocket socket) {
        BoundedSession session = new BoundedSession(socket, limits.maxQueuedMessages());
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
        socket.exceptionHandler(connection::onThrowable);
        socket.textMessageHandler(connection::onMessage);
    }
}
