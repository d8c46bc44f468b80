package io.envoys.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Stands in front of the GraphQL endpoint and makes it follow the GraphQL over HTTP specification: content
 * negotiation ({@code application/graphql-response+json} or {@code application/json}), 4xx answers for requests that
 * are not GraphQL (malformed JSON, no query), protection against cross-site requests (a POST must declare a JSON
 * body, which browsers cannot send across sites without CORS), queries only over GET, and documents parsed and
 * validated before anything runs, so syntax and schema errors carry codes and the right status.
 */
@ApplicationScoped
public class GraphQLHttpGate {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String GRAPHQL_DOCUMENT = "application/graphql";
    private static final String PATH = "/graphql";
    private static final String NO_DATA = "envoys.graphql.no-data";
    private static final int ORDER = -1_000;
    private static final int VALIDATED_CAPACITY = 1_000;

    private final Instance<GraphQLSchema> schema;
    private final LeanQueries lean;
    private final int maxBodyBytes;
    private final ParserOptions parserOptions;
    /** Documents that parsed and validated, by query text: a repeated query is neither parsed nor validated again. */
    private final Map<String, Document> validated = new ConcurrentHashMap<>();

    GraphQLHttpGate(Instance<GraphQLSchema> schema, LeanQueries lean,
            @ConfigProperty(name = "envoys.http.max-body-bytes", defaultValue = "1048576") int maxBodyBytes,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000") int maxTokens) {
        this.schema = schema;
        this.lean = lean;
        this.maxBodyBytes = maxBodyBytes;
        this.parserOptions = ParserOptions.getDefaultParserOptions().transform(options -> options.maxTokens(maxTokens));
    }

    void install(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .failureHandler(this::tooLarge);
        router.route(PATH).order(ORDER + 1).handler(this::handle);
    }

    /** Called after execution: a result without data makes a 400 for clients of the GraphQL response type. */
    static void markNoData() {
        try {
            ContextLocals.put(NO_DATA, Boolean.TRUE);
        } catch (UnsupportedOperationException notInARequest) {
            // executed outside an HTTP request (tests calling the engine directly)
        }
    }

    private void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            ctx.next();
            return;
        }
        String responseType = responseType(ctx.request().getHeader(HttpHeaders.ACCEPT));
        if (responseType == null) {
            refuse(ctx, 406, JSON, "NOT_ACCEPTABLE", "Accept " + JSON + " or " + GRAPHQL_RESPONSE);
            return;
        }
        JsonObject request = method == HttpMethod.GET ? fromQueryString(ctx, responseType) : fromBody(ctx, responseType);
        if (request == null) {
            return;
        }
        Document document = parse(ctx, responseType, request.getString("query"));
        if (document == null) {
            return;
        }
        if (method == HttpMethod.GET && isMutation(document, request.getString("operationName"))) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(ctx, 405, responseType, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST");
            return;
        }
        String operationName = request.getString("operationName");
        JsonObject variablesObject = request.getJsonObject("variables");
        Map<String, Object> variables = variablesObject == null ? Map.of() : plain(variablesObject);
        OperationDefinition operation = selected(document, operationName);
        if (operation != null && !variablesFit(ctx, responseType, operation, variables)) {
            return;
        }
        ctx.request().headers().set(HttpHeaders.ACCEPT, JSON);
        ctx.addHeadersEndHandler(ignored -> {
            ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, responseType + "; charset=utf-8");
            if (GRAPHQL_RESPONSE.equals(responseType) && ctx.response().getStatusCode() == 200
                    && Boolean.TRUE.equals(ContextLocals.get(NO_DATA, Boolean.FALSE))) {
                ctx.response().setStatusCode(400).setStatusMessage("Bad Request");
            }
        });
        if (!lean.accepts(operation)) {
            ctx.next();
            return;
        }
        ctx.vertx().executeBlocking(() -> lean.execute(document, operationName, variables), false)
                .onSuccess(answer -> {
                    if (!answer.hasData() && GRAPHQL_RESPONSE.equals(responseType)) {
                        ctx.response().setStatusCode(400);
                    }
                    ctx.response().end(Buffer.buffer(answer.body()));
                })
                .onFailure(handedOver -> ctx.next());
    }

    /** Variables as plain maps and lists, the way GraphQL coerces them. */
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

    private void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413) {
            ctx.next();
            return;
        }
        refuse(ctx, 413, JSON, "PAYLOAD_TOO_LARGE", "The request body is larger than " + maxBodyBytes
                + " bytes; send a shorter query or fewer variables");
    }

    /** The media type to answer with, or null when the client accepts neither JSON type. */
    private static String responseType(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains(GRAPHQL_RESPONSE)) {
            return GRAPHQL_RESPONSE;
        }
        if (lower.contains(JSON) || lower.contains("*/*") || lower.contains("application/*")) {
            return JSON;
        }
        return null;
    }

    private JsonObject fromQueryString(RoutingContext ctx, String responseType) {
        JsonObject request = new JsonObject().put("query", ctx.request().getParam("query"))
                .put("operationName", ctx.request().getParam("operationName"));
        String variables = ctx.request().getParam("variables");
        if (variables != null && !variables.isBlank()) {
            try {
                request.put("variables", new JsonObject(variables));
            } catch (DecodeException | ClassCastException notAnObject) {
                refuse(ctx, 400, responseType, "BAD_REQUEST", "The variables parameter must be a JSON object");
                return null;
            }
        }
        return checked(ctx, responseType, request);
    }

    private JsonObject fromBody(RoutingContext ctx, String responseType) {
        String mediaType = mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (GRAPHQL_DOCUMENT.equals(mediaType)) {
            return checked(ctx, responseType, new JsonObject().put("query", ctx.body().asString()));
        }
        if (!JSON.equals(mediaType)) {
            refuse(ctx, 415, responseType, "UNSUPPORTED_MEDIA_TYPE", "Send the request as Content-Type: " + JSON
                    + "; other types are refused so that no other web site can post to this endpoint");
            return null;
        }
        Object body;
        try {
            body = ctx.body().buffer() == null ? null : ctx.body().buffer().toJson();
        } catch (DecodeException malformed) {
            refuse(ctx, 400, responseType, "BAD_REQUEST",
                    "The request body is not valid JSON, or nests arrays and objects more than 1000 deep");
            return null;
        }
        if (!(body instanceof JsonObject request)) {
            refuse(ctx, 400, responseType, "BAD_REQUEST", "The request body must be a JSON object with a query");
            return null;
        }
        return checked(ctx, responseType, request);
    }

    /**
     * The media type of a Content-Type header, parameters aside. Some clients (GraphiQL among them) repeat the
     * header, which arrives as "application/json, application/json": every repetition must name the same type.
     */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        List<String> types = Arrays.stream(contentType.split(","))
                .map(entry -> entry.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .distinct().toList();
        return types.size() == 1 ? types.get(0) : null;
    }

    /** The GraphQL-over-HTTP request parameters with the right JSON types, or a 400. */
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
            refuse(ctx, 400, responseType, "BAD_REQUEST", "Not a GraphQL request: " + problem);
            return null;
        }
        return request;
    }

    /** The parsed document, or null after answering with its syntax or schema errors. */
    private Document parse(RoutingContext ctx, String responseType, String query) {
        Document known = validated.get(query);
        if (known != null) {
            return known;
        }
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query).parserOptions(parserOptions).build());
        } catch (ParseCancelledException tooLong) {
            answerWithErrors(ctx, responseType, List.of(new CodedError(ErrorCode.QUERY_TOO_COMPLEX,
                    "The query is too long: it has more than " + parserOptions.getMaxTokens()
                            + " tokens; split it into several queries", null, null)));
            return null;
        } catch (InvalidSyntaxException syntax) {
            answerWithErrors(ctx, responseType, List.of(ErrorMapper.map(syntax.toInvalidSyntaxError())));
            return null;
        }
        GraphQLSchema served = schema.get();
        List<ValidationError> errors = new Validator().validateDocument(served, document, Locale.ENGLISH);
        if (!errors.isEmpty()) {
            answerWithErrors(ctx, responseType, errors.stream().map(ErrorMapper::map).toList());
            return null;
        }
        String literalProblem = IntInputs.literalProblem(document);
        if (literalProblem == null) {
            literalProblem = DateInputs.literalProblem(served, document);
        }
        if (literalProblem != null) {
            answerWithErrors(ctx, responseType, List.of(badInput(literalProblem)));
            return null;
        }
        if (validated.size() < VALIDATED_CAPACITY) {
            validated.put(query, document);
        }
        return document;
    }

    /**
     * Whether the variables fit the operation's variable types, Int variables fit in 32 bits and dates are calendar
     * dates, or else an answer with the coded error: a request error, before anything runs (the engine would report a
     * wrong value only while running, as an internal error or about the whole argument).
     */
    private boolean variablesFit(RoutingContext ctx, String responseType, OperationDefinition operation,
            Map<String, Object> variables) {
        String problem = IntInputs.variableProblem(operation, variables);
        if (problem == null) {
            GraphQLSchema served = schema.get();
            try {
                ValuesResolver.coerceVariableValues(served, operation.getVariableDefinitions(),
                        RawVariables.of(variables), GraphQLContext.getDefault(), Locale.ENGLISH);
            } catch (RuntimeException wrongValue) {
                if (!(wrongValue instanceof GraphQLError error)) {
                    throw wrongValue;
                }
                answerWithErrors(ctx, responseType, List.of(ErrorMapper.map(error)));
                return false;
            }
            problem = DateInputs.variableProblem(served, operation, variables);
        }
        if (problem != null) {
            answerWithErrors(ctx, responseType, List.of(badInput(problem)));
            return false;
        }
        return true;
    }

    private static GraphQLError badInput(String problem) {
        return new CodedError(ErrorCode.BAD_USER_INPUT, problem, null, null);
    }

    /** The operation the request runs, or null when the document leaves it open (the engine then says so). */
    private static OperationDefinition selected(Document document, String operationName) {
        List<OperationDefinition> operations = named(document, operationName);
        return operations.size() == 1 ? operations.get(0) : null;
    }

    private static boolean isMutation(Document document, String operationName) {
        return named(document, operationName).stream()
                .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    /** The document's operations that the operation name names; all of them without a name. */
    private static List<OperationDefinition> named(Document document, String operationName) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName())).toList();
    }

    /** A request that is GraphQL but fails before execution: no data, so 400 for the GraphQL response type. */
    private static void answerWithErrors(RoutingContext ctx, String responseType, List<GraphQLError> errors) {
        JsonArray body = new JsonArray();
        errors.forEach(error -> body.add(new JsonObject(error.toSpecification())));
        send(ctx, GRAPHQL_RESPONSE.equals(responseType) ? 400 : 200, responseType, new JsonObject().put("errors", body));
    }

    private static void refuse(RoutingContext ctx, int status, String responseType, String code, String message) {
        send(ctx, status, responseType, new JsonObject().put("errors", new JsonArray().add(
                new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code)))));
    }

    private static void send(RoutingContext ctx, int status, String responseType, JsonObject body) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, responseType + "; charset=utf-8")
                .end(body.encode());
    }
}
