package io.envoys.graphql.http;

import java.util.List;

import graphql.GraphQLError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gate's own answers: GraphQL responses with errors only, each error with {@code extensions.code}. */
public final class Answers {

    private Answers() {
    }

    /**
     * A request that is GraphQL but fails before execution: no data, so 400 for the GraphQL response type and 200 for
     * {@code application/json} (GraphQL over HTTP, sections 6.4.1 and 6.4.2).
     */
    static void errors(RoutingContext ctx, String responseType, List<GraphQLError> errors) {
        errors(ctx, responseType, errors, null);
    }

    /** Like {@link #errors(RoutingContext, String, List)}, with the response's {@code extensions} when not null. */
    static void errors(RoutingContext ctx, String responseType, List<GraphQLError> errors, JsonObject extensions) {
        JsonArray coded = new JsonArray();
        errors.forEach(error -> coded.add(new JsonObject(error.toSpecification())));
        JsonObject body = new JsonObject().put("errors", coded);
        if (extensions != null) {
            body.put("extensions", extensions);
        }
        send(ctx, MediaTypes.GRAPHQL_RESPONSE.equals(responseType) ? 400 : 200, responseType, body);
    }

    /** A request that failed on the service's side: status 500 and the one coded error, as {@code application/json}. */
    static void failed(RoutingContext ctx, GraphQLError error) {
        send(ctx, 500, MediaTypes.JSON, new JsonObject().put("errors", new JsonArray().add(
                new JsonObject(error.toSpecification()))));
    }

    /** A request that is not a GraphQL request at all, answered with {@code status} and one coded error. */
    public static void refuse(RoutingContext ctx, int status, String responseType, String code, String message) {
        send(ctx, status, responseType, new JsonObject().put("errors", new JsonArray().add(
                new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code)))));
    }

    private static void send(RoutingContext ctx, int status, String responseType, JsonObject body) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, responseType + "; charset=utf-8")
                .end(body.encode());
    }
}
