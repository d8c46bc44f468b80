package io.envoys.graphql.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the GraphQL-over-HTTP request parameters ({@code query}, {@code variables}, {@code operationName},
 * {@code extensions}) from a GET query string or a POST body (GraphQL over HTTP, section 5), or answers 400 / 415.
 */
public final class GraphQLRequests {

    /**
     * The deepest nesting of arrays and objects a request may have: far more than any input of the schema needs, and
     * below the 1,000 at which the engine's JSON parser gives up.
     */
    static final int MAX_NESTING = 100;

    private GraphQLRequests() {
    }

    /**
     * The parameters of a GET request, or null after answering 400: {@code variables} and {@code extensions} are
     * JSON objects, as in a POST body (blank or {@code null}: none).
     */
    static JsonObject fromQueryString(RoutingContext ctx, String responseType) {
        JsonObject request = new JsonObject().put("query", ctx.request().getParam("query"))
                .put("operationName", ctx.request().getParam("operationName"));
        for (String name : List.of("variables", "extensions")) {
            String json = ctx.request().getParam(name);
            if (json != null && !json.isBlank() && !json.strip().equals("null")) {
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
     * The parameters of a POST request, or null after answering: 415 for a body that is neither JSON nor a GraphQL
     * document (so that no other web site can post to the endpoint without CORS) or in a charset that is not a
     * superset of ASCII ({@link MediaTypes#bodyText}), 400 for malformed JSON.
     */
    static JsonObject fromBody(RoutingContext ctx, String responseType) {
        String text = MediaTypes.bodyText(ctx);
        if (text == null) {
            Answers.refuse(ctx, 415, responseType, "UNSUPPORTED_MEDIA_TYPE", "Send the body in UTF-8: leave the"
                    + " charset out of Content-Type, or write charset=utf-8");
            return null;
        }
        String mediaType = MediaTypes.mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (MediaTypes.GRAPHQL_DOCUMENT.equals(mediaType)) {
            return checked(ctx, responseType, new JsonObject().put("query", text));
        }
        if (!MediaTypes.JSON.equals(mediaType)) {
            Answers.refuse(ctx, 415, responseType, "UNSUPPORTED_MEDIA_TYPE", "Send the request as Content-Type: "
                    + MediaTypes.JSON + " (or " + MediaTypes.GRAPHQL_DOCUMENT + " for a bare document); other types"
                    + " are refused so that no other web site can post to this endpoint");
            return null;
        }
        Object body;
        try {
            body = text.isBlank() ? null : Json.decodeValue(text);
        } catch (DecodeException malformed) {
            Answers.refuse(ctx, 400, responseType, "BAD_REQUEST", "The request body is not valid JSON, or nests arrays"
                    + " and objects more than " + MAX_NESTING + " deep");
            return null;
        }
        if (!(body instanceof JsonObject request)) {
            Answers.refuse(ctx, 400, responseType, "BAD_REQUEST", "The request body must be a JSON object with a query");
            return null;
        }
        return checked(ctx, responseType, request);
    }

    /** The request's variables as plain maps and lists, the way GraphQL coerces them; empty when there are none. */
    public static Map<String, Object> variables(JsonObject request) {
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

    /**
     * The request parameters with the right JSON types, an empty operationName taken as none, or null after answering
     * 400.
     */
    private static JsonObject checked(RoutingContext ctx, String responseType, JsonObject request) {
        String problem = problem(request);
        if (problem != null) {
            Answers.refuse(ctx, 400, responseType, "BAD_REQUEST", "Not a GraphQL request: " + problem);
            return null;
        }
        return request;
    }

    /**
     * What makes {@code request} not a GraphQL request (GraphQL over HTTP, section 5.1: a non-empty {@code query}
     * string, {@code variables} and {@code extensions} objects, an {@code operationName} string), or null when it is
     * one; an empty {@code operationName} is removed, as none.
     */
    public static String problem(JsonObject request) {
        if ("".equals(request.getValue("operationName"))) {
            request.remove("operationName");
        }
        Object query = request.getValue("query");
        Object variables = request.getValue("variables");
        Object operationName = request.getValue("operationName");
        Object extensions = request.getValue("extensions");
        return !(query instanceof String text) || text.isBlank() ? "query must be a non-empty string"
                : variables != null && !(variables instanceof JsonObject) ? "variables must be an object"
                : operationName != null && !(operationName instanceof String) ? "operationName must be a string"
                : extensions != null && !(extensions instanceof JsonObject) ? "extensions must be an object"
                : nesting(request, 0) > MAX_NESTING ? "it nests arrays and objects more than " + MAX_NESTING + " deep"
                : null;
    }

    /** How deep arrays and objects nest in {@code value} below {@code depth}, counted up to just past the limit. */
    private static int nesting(Object value, int depth) {
        Iterable<?> items = value instanceof JsonObject object ? object.getMap().values()
                : value instanceof Map<?, ?> map ? map.values()
                : value instanceof JsonArray array ? array.getList()
                : value instanceof Iterable<?> list ? list : null;
        if (items == null || depth > MAX_NESTING) {
            return depth;
        }
        int deepest = depth + 1;
        for (Object item : items) {
            deepest = Math.max(deepest, nesting(item, depth + 1));
            if (deepest > MAX_NESTING) {
                break;
            }
        }
        return deepest;
    }
}
