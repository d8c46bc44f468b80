package io.envoys.graphql.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the GraphQL-over-HTTP request parameters ({@code query}, {@code variables}, {@code operationName},
 * {@code extensions}) from a GET query string or a POST body (GraphQL over HTTP, section 5), or answers 400 / 415.
 */
final class GraphQLRequests {

    private GraphQLRequests() {
    }

    /**
     * The parameters of a GET request, or null after answering 400: {@code variables} and {@code extensions} are
     * JSON objects, as in a POST body.
     */
    static JsonObject fromQueryString(RoutingContext ctx, String responseType) {
        JsonObject request = new JsonObject().put("query", ctx.request().getParam("query"))
                .put("operationName", ctx.request().getParam("operationName"));
        for (String name : List.of("variables", "extensions")) {
            String json = ctx.request().getParam(name);
            if (json != null && !json.isBlank()) {
                try {
                    request.put(name, new JsonObject(json));
                } catch (DecodeException | ClassCastException notAnObject) {
                    Answers.refuse(ctx, 400, responseType, "BAD_REQUEST", "The " + name
                            + " parameter must be a JSON object");
                    return null;
                }
            }
        }
        return checked(ctx, responseType, request);
    }

    /**
     * Hands a GET request's parameters to SmallRye GraphQL's own route exactly as the client sent them. That route
     * URL-decodes the query parameters, which Vert.x has decoded already, a second time and drops newlines and tabs
     * from them (Quarkus 3.33): "%41" became "A", "100%" failed with HTTP 500, and a query after a "# comment" line
     * could not be parsed. So each parameter it reads is given to it encoded once more, which its decoding undoes.
     */
    static void handOverQueryString(RoutingContext ctx) {
        for (String name : List.of("query", "operationName", "variables", "extensions")) {
            String value = ctx.request().getParam(name);
            if (value != null) {
                ctx.queryParams().set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The parameters of a POST request, or null after answering: 415 for a body that is neither JSON nor a GraphQL
     * document (so that no other web site can post to the endpoint without CORS), 400 for malformed JSON.
     */
    static JsonObject fromBody(RoutingContext ctx, String responseType) {
        String mediaType = MediaTypes.mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (MediaTypes.GRAPHQL_DOCUMENT.equals(mediaType)) {
            return checked(ctx, responseType, new JsonObject().put("query", ctx.body().asString()));
        }
        if (!MediaTypes.JSON.equals(mediaType)) {
            Answers.refuse(ctx, 415, responseType, "UNSUPPORTED_MEDIA_TYPE", "Send the request as Content-Type: "
                    + MediaTypes.JSON + "; other types are refused so that no other web site can post to this endpoint");
            return null;
        }
        Object body;
        try {
            body = ctx.body().buffer() == null ? null : ctx.body().buffer().toJson();
        } catch (DecodeException malformed) {
            Answers.refuse(ctx, 400, responseType, "BAD_REQUEST",
                    "The request body is not valid JSON, or nests arrays and objects more than 1000 deep");
            return null;
        }
        if (!(body instanceof JsonObject request)) {
            Answers.refuse(ctx, 400, responseType, "BAD_REQUEST", "The request body must be a JSON object with a query");
            return null;
        }
        return checked(ctx, responseType, request);
    }

    /** The request's variables as plain maps and lists, the way GraphQL coerces them; empty when there are none. */
    static Map<String, Object> variables(JsonObject request) {
        JsonObject variables = request.getJsonObject("variables");
        return variables == null ? Map.of() : plain(variables);
    }

    private static Map<String, Object> plain(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach(entry -> map.put(entry.getKey(), plainValue(entry.getValue())));
        return map;
    }

    private static Object plainValue(Object value) {
        if (value instanceof JsonObject object) {
            return plain(object);
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            array.forEach(item -> list.add(plainValue(item)));
            return list;
        }
        return value;
    }

    /** The request parameters with the right JSON types, or null after answering 400. */
    private static JsonObject checked(RoutingContext ctx, String responseType, JsonObject request) {
        Object query = request.getValue("query");
        Object variables = request.getValue("variables");
        Object operationName = request.getValue("operationName");
        Object extensions = request.getValue("extensions");
        String problem = !(query instanceof String text) || text.isBlank() ? "query must be a non-empty string"
                : variables != null && !(variables instanceof JsonObject) ? "variables must be an object"
                : operationName != null && !(operationName instanceof String) ? "operationName must be a string"
                : extensions != null && !(extensions instanceof JsonObject) ? "extensions must be an object"
                : null;
        if (problem != null) {
            Answers.refuse(ctx, 400, responseType, "BAD_REQUEST", "Not a GraphQL request: " + problem);
            return null;
        }
        return request;
    }
}
