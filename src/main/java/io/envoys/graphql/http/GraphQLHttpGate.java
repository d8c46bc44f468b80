package io.envoys.graphql.http;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.envoys.db.Deadline;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.envoys.graphql.AnswerVolume;
import io.envoys.graphql.ErrorMapper;
import io.envoys.graphql.GraphQLConfig;
import io.envoys.graphql.NoData;
import io.envoys.graphql.cost.CostExtension;
import io.envoys.graphql.cost.Estimate;
import io.envoys.graphql.cost.QueryCost;
import io.envoys.graphql.lean.LeanQueries;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Stands in front of the GraphQL endpoint and makes it follow the GraphQL over HTTP specification: content
 * negotiation ({@code application/graphql-response+json} or {@code application/json}), 4xx answers for requests that
 * are not GraphQL (malformed JSON, no query), protection against cross-site requests (a POST must declare a JSON
 * body, which browsers cannot send across sites without CORS), queries only over GET, and documents parsed and
 * validated before anything runs, so syntax and schema errors carry codes and the right status, and a query whose
 * answer could hold more objects than the budget is refused with QUERY_TOO_COSTLY ({@link QueryCost}). A valid query then
 * goes to the lean executor on a worker thread, and anything it does not answer to SmallRye GraphQL's own route, which
 * is a blocking route (worker threads too; application.properties).
 */
@ApplicationScoped
public class GraphQLHttpGate {

    private static final String PATH = "/graphql";
    private static final int ORDER = -1_000;

    /** Why a subscription sent over HTTP is refused, and where to send it instead. */
    public static final String SUBSCRIPTIONS_OVER_WEBSOCKET = "Subscriptions are served over a WebSocket on " + PATH
            + " with the graphql-transport-ws subprotocol (the graphql-ws library's); queries and mutations over HTTP";

    private final OperationChecks checks;
    private final LeanQueries lean;
    private final EngineAdmission admission;
    private final int maxBodyBytes;
    private final int maxUrlLength;
    private final Duration requestTimeout;
    private final long maxResponseBytes;

    GraphQLHttpGate(OperationChecks checks, LeanQueries lean, EngineAdmission admission, GraphQLConfig config) {
        this.checks = checks;
        this.admission = admission;
        this.lean = lean;
        this.maxBodyBytes = config.maxBodyBytes();
        this.maxUrlLength = config.maxUrlLength();
        this.requestTimeout = config.requestTimeout();
        this.maxResponseBytes = config.maxResponseBytes();
    }

    void install(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .failureHandler(this::failed);
        router.route(PATH).order(ORDER + 1).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS) {
            ctx.next();
            return;
        }
        if (ctx.request().uri().length() > maxUrlLength) {
            Answers.refuse(ctx, 414, MediaTypes.JSON, "URI_TOO_LONG", "The request URL is longer than "
                    + maxUrlLength + " characters; " + (method == HttpMethod.POST ? "keep the request in the body"
                            : "send the query with POST, as a JSON body"));
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            Answers.refuse(ctx, 405, MediaTypes.JSON, "METHOD_NOT_ALLOWED", method.name()
                    + " is not a GraphQL request: send queries with GET or POST, mutations with POST");
            return;
        }
        Deadline.start(requestTimeout);
        AnswerVolume.start(maxResponseBytes);
        String responseType = MediaTypes.responseType(ctx.parsedHeaders().accept());
        if (responseType == null) {
            Answers.refuse(ctx, 406, MediaTypes.JSON, "NOT_ACCEPTABLE",
                    "Accept " + MediaTypes.JSON + " or " + MediaTypes.GRAPHQL_RESPONSE);
            return;
        }
        JsonObject request = method == HttpMethod.GET ? GraphQLRequests.fromQueryString(ctx, responseType)
                : GraphQLRequests.fromBody(ctx, responseType);
        if (request == null) {
            return;
        }
        String operationName = request.getString("operationName");
        OperationChecks.Parsed parsed = checks.parse(request.getString("query"), operationName);
        if (!parsed.errors().isEmpty()) {
            Answers.errors(ctx, responseType, parsed.errors());
            return;
        }
        Document document = parsed.document();
        OperationDefinition operation = parsed.operation();
        if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            Answers.refuse(ctx, 400, responseType, "BAD_REQUEST", SUBSCRIPTIONS_OVER_WEBSOCKET);
            return;
        }
        if (method == HttpMethod.GET && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            Answers.refuse(ctx, 405, responseType, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST");
            return;
        }
        OperationChecks.Costed costed = checks.coerceAndCost(parsed, operationName,
                GraphQLRequests.variables(request));
        if (!costed.errors().isEmpty()) {
            Answers.errors(ctx, responseType, costed.errors(), costed.extensions());
            return;
        }
        Estimate estimate = costed.estimate();
        if (estimate != null) {
            CostExtension.keep(estimate);
        }
        ctx.request().headers().set(HttpHeaders.ACCEPT, MediaTypes.JSON);
        ctx.addHeadersEndHandler(ignored -> {
            ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, responseType + "; charset=utf-8");
            if (MediaTypes.GRAPHQL_RESPONSE.equals(responseType) && ctx.response().getStatusCode() == 200
                    && NoData.marked()) {
                ctx.response().setStatusCode(400).setStatusMessage("Bad Request");
            }
        });
        if (!lean.accepts(operation)) {
            toEngine(ctx, responseType, request, document, operation, estimate);
            return;
        }
        ctx.vertx().executeBlocking(() -> lean.execute(document, parsed.weight(), operation,
                costed.variables(), estimate), false)
                .onSuccess(answer -> ctx.response().end(Buffer.buffer(answer.body())))
                .onFailure(failure -> {
                    if (LeanQueries.handsOver(failure)) {
                        toEngine(ctx, responseType, request, document, operation, estimate);
                    } else {
                        Answers.errors(ctx, responseType, List.of(ErrorMapper.unexpected(failure)), estimate == null
                                ? null : new JsonObject().put(CostExtension.KEY, estimate.extension()));
                    }
                });
    }

    /**
     * Lets SmallRye GraphQL's route answer the request the gate has read and checked ({@link EngineRequests}), once
     * {@link EngineAdmission} has room for the values its answer may hold; TIMEOUT when none came free in the time
     * the request had left.
     */
    private void toEngine(RoutingContext ctx, String responseType, JsonObject request, Document document,
            OperationDefinition operation, Estimate estimate) {
        int weight = admission.weight(estimate);
        if (weight == 0) {
            EngineRequests.handOver(ctx, request, document, operation);
            ctx.next();
            return;
        }
        long waitNanos = Deadline.nanosLeft();
        ctx.vertx().executeBlocking(() -> admission.enter(weight, waitNanos), false).onComplete(entered -> {
            EngineAdmission.Hold hold = entered.succeeded() ? entered.result() : null;
            if (ctx.response().closed()) {
                if (hold != null) {
                    admission.leave(hold);
                }
            } else if (hold != null) {
                ctx.addBodyEndHandler(ended -> admission.leave(hold));
                EngineRequests.handOver(ctx, request, document, operation);
                ctx.next();
            } else {
                Answers.errors(ctx, responseType, List.of(new CodedError(ErrorCode.TIMEOUT, "The service is busy"
                        + " answering other large queries and this one could not start in time; nothing was changed."
                        + " Retry later, or ask for less (smaller pages, fewer fields) to be answered at once", null,
                        null)), new JsonObject().put(CostExtension.KEY, estimate.extension()));
            }
        });
    }

    /**
     * Answers a failure of any route on {@code /graphql}: the body limit's 413 with PAYLOAD_TOO_LARGE, anything
     * unexpected with a coded INTERNAL 500 whose reference is logged with the failure but without the URL, which for a
     * GET holds the query and its variable values. Other statuses go on to Quarkus's own answer.
     */
    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            Answers.refuse(ctx, 413, MediaTypes.JSON, "PAYLOAD_TOO_LARGE", "The request body is larger than "
                    + maxBodyBytes + " bytes; send a shorter query or fewer variables");
        } else if (ctx.statusCode() != -1 && ctx.statusCode() != 500) {
            ctx.next();
        } else {
            GraphQLError internal = ErrorMapper.unexpected(ctx.failure());
            if (ctx.response().headWritten()) {
                ctx.request().connection().close();
            } else {
                Answers.failed(ctx, internal);
            }
        }
    }
}
