package io.envoys.graphql;

import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorClassification;
import graphql.validation.ValidationErrorType;
import io.envoys.error.ApiException;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every error of a GraphQL result into one that a client can act on: an {@code extensions.code}, a message
 * naming what was wrong, and nothing internal. Unexpected failures get a generic message with a reference that
 * points at the full report in the server log.
 */
public final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    /** graphql-java's and SmallRye's messages about an argument value of the wrong type, which echo the parsed value. */
    private static final Pattern WRONG_ARGUMENT = Pattern.compile("^(?:Validation error \\([^)]*\\) : )?"
            + "argument '([^']+)' with value '.*' (must not be null|must be an object type|is not a valid '([^']+)'"
            + "(?: - (.*))?|is missing required fields '\\[(.*)]'|contains a field not in '([^']+)': '([^']+)')$",
            Pattern.DOTALL);
    /** The scalars written as strings whose coercion says why a literal is not one of theirs, and what they are. */
    private static final Map<String, String> TEXT_SCALARS = Map.of("Date", "a date", "DateTime", "a point in time");
    /** graphql-java's message about a variable's default value that does not fit, which echoes the syntax tree. */
    private static final Pattern BAD_DEFAULT = Pattern.compile("Bad default value '(?:(String|Int|Float|Boolean)"
            + "Value\\{value='?(.*?)'?}|.*)' for type '([^']+)'", Pattern.DOTALL);
    /** A Java class named as a value's type in graphql-java's coercion messages, with its quotes or brackets. */
    private static final Pattern JAVA_TYPE = Pattern.compile("(?:\\ban? )?['\\[](LinkedHashMap|HashMap|Map|ArrayList"
            + "|List|String|Integer|Long|BigInteger|BigDecimal|Double|Float|Boolean)['\\]]");
    private static final Pattern SMALLRYE_MESSAGE_CODE = Pattern.compile("SRGQL\\d+: ");

    private ErrorMapper() {
    }

    public static GraphQLError map(GraphQLError error) {
        if (error instanceof CodedError) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException());
        }
        if (error instanceof ValidationError validation) {
            ValidationErrorClassification kind = validation.getValidationErrorType();
            return coded(error, ErrorCode.GRAPHQL_VALIDATION_FAILED, kind == ValidationErrorType.WrongType
                    ? coercionMessage(error.getMessage())
                    : kind == ValidationErrorType.BadValueForDefaultArg ? defaultMessage(error.getMessage())
                    : validation.getDescription());
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return coded(error, ErrorCode.GRAPHQL_PARSE_FAILED, error.getMessage()
                    .replace("Invalid syntax with ANTLR error ", "Invalid syntax: "));
        }
        if (type == ErrorType.ValidationError) {
            return coded(error, ErrorCode.BAD_USER_INPUT, coercionMessage(error.getMessage()));
        }
        if (type == ErrorType.ExecutionAborted) {
            return aborted(error);
        }
        if (type == ErrorType.OperationNotSupported) {
            return coded(error, ErrorCode.BAD_USER_INPUT, error.getMessage());
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return coded(error, ErrorCode.QUERY_TOO_COMPLEX, "The introspection query asks for __schema or __type"
                    + " more than once, or nests too deep; ask for each once, as GraphiQL does");
        }
        return internal(error, null);
    }

    /**
     * The coded error for a failure outside any field (the lean executor's, a route's): RESPONSE_TOO_LARGE when memory
     * ran out building the answer, otherwise INTERNAL with a reference to the log entry.
     */
    public static GraphQLError unexpected(Throwable thrown) {
        GraphQLError error = GraphqlErrorBuilder.newError().message("unexpected").build();
        if (thrown instanceof OutOfMemoryError) {
            LOG.warn("Memory ran out building an answer (the lean executor's or a route's); answered RESPONSE_TOO_LARGE");
            return coded(error, ErrorCode.RESPONSE_TOO_LARGE, "The service ran out of memory building this answer;"
                    + " nothing was changed. Ask for less: smaller pages, fewer long texts such as summaries");
        }
        return internal(error, thrown);
    }

    private static GraphQLError fromException(GraphQLError error, Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return coded(error, api.code(), api.getMessage());
            }
            if (cause instanceof AuthenticationFailedException || cause instanceof UnauthorizedException) {
                return coded(error, ErrorCode.UNAUTHENTICATED,
                        "Sign in first: send the credentials of an editor in the Authorization header");
            }
            if (cause instanceof ForbiddenException) {
                return coded(error, ErrorCode.FORBIDDEN, "This operation needs the editor role, which you do not have");
            }
            if (cause instanceof QueryTimeoutException || cause instanceof org.hibernate.QueryTimeoutException
                    || cause instanceof SQLTimeoutException) {
                return coded(error, ErrorCode.TIMEOUT, "The request took too long and was stopped; nothing was"
                        + " changed. Ask for less (a smaller page, fewer nested lists)");
            }
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return coded(error, ErrorCode.UNAVAILABLE, "The database is busy or cannot be reached right now;"
                        + " nothing was changed. Try again shortly");
            }
            if (cause instanceof ConstraintViolationException) {
                return coded(error, ErrorCode.CONFLICT, "This change collides with another one made at the same time"
                        + " (a duplicate, or a record removed meanwhile); nothing was stored: reload and try again");
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return coded(error, ErrorCode.CONFLICT, "Someone else changed the same record at the same time;"
                        + " nothing of yours was stored: reload it and apply your change again");
            }
        }
        return internal(error, thrown);
    }

    private static GraphQLError aborted(GraphQLError error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (message.contains("maximum query depth")) {
            return coded(error, ErrorCode.QUERY_TOO_DEEP, "The query nests too deep (" + limits(message)
                    + "); split it into several queries");
        }
        if (message.contains("maximum query complexity")) {
            return coded(error, ErrorCode.QUERY_TOO_COMPLEX, "The query selects too many fields (" + limits(message)
                    + "); ask for fewer fields or smaller pages");
        }
        return internal(error, null);
    }

    /**
     * Says which argument was wrong and what it takes, instead of the engines' words, which echo the parsed value
     * (their syntax tree's class names) or name the Java class the value was meant for.
     */
    private static String coercionMessage(String message) {
        Matcher wrong = WRONG_ARGUMENT.matcher(message == null ? "" : message);
        if (!wrong.find()) {
            return message == null ? null : jsonKinds(SMALLRYE_MESSAGE_CODE.matcher(message).replaceAll("").strip());
        }
        String argument = "argument '" + wrong.group(1) + "' ";
        if (wrong.group(3) != null) {
            return argument + "must be " + (wrong.group(4) != null && TEXT_SCALARS.containsKey(wrong.group(3))
                    ? TEXT_SCALARS.get(wrong.group(3)) + ": " + wrong.group(4) : kind(wrong.group(3)));
        }
        if (wrong.group(5) != null) {
            return argument + "lacks required fields: " + wrong.group(5);
        }
        if (wrong.group(6) != null) {
            return argument + "has a field '" + wrong.group(7) + "' that " + wrong.group(6) + " does not have";
        }
        return argument + (wrong.group(2).startsWith("must be an object") ? "must be an input object: { field: value }"
                : wrong.group(2));
    }

    /** Says which default value was wrong and what it takes, instead of graphql-java's echo of its syntax tree. */
    private static String defaultMessage(String message) {
        Matcher bad = BAD_DEFAULT.matcher(message == null ? "" : message);
        if (!bad.find()) {
            return "A variable's default value does not fit the variable's type";
        }
        String written = bad.group(1) == null ? "" : "String".equals(bad.group(1)) ? "\"" + bad.group(2) + "\" "
                : bad.group(2) + " ";
        return "The default value " + written + "must be " + kind(bad.group(3));
    }

    /** The message with the Java class names graphql-java gives for a value ("was a 'LinkedHashMap'") in JSON's words. */
    private static String jsonKinds(String message) {
        Matcher java = JAVA_TYPE.matcher(message);
        StringBuilder json = new StringBuilder();
        while (java.find()) {
            String kind = switch (java.group(1)) {
                case "LinkedHashMap", "HashMap", "Map" -> "an object";
                case "ArrayList", "List" -> "a list";
                case "String" -> "a string";
                case "Boolean" -> "true or false";
                default -> "a number";
            };
            java.appendReplacement(json, kind);
        }
        return java.appendTail(json).toString();
    }

    /** What a value of this schema type looks like. */
    private static String kind(String type) {
        return switch (type) {
            case "Int" -> "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            case "Float" -> "a number";
            case "Boolean" -> "true or false";
            case "String" -> "a string in double quotes";
            case "ID" -> "an id: a string of digits, as returned in an id field";
            case "Date" -> "a date: a string written YYYY-MM-DD, from 0001-01-01 to 9999-12-31, such as \"2016-12-13\"";
            case "DateTime" -> "a point in time: a string written as RFC 3339 YYYY-MM-DDThh:mm:ss with an offset,"
                    + " such as \"2026-12-03T07:30:00Z\"";
            default -> "a value of its type as the schema describes it (dates are strings written YYYY-MM-DD, ids"
                    + " strings of digits, input objects take only the fields the schema lists)";
        };
    }

    /** The "17 > 15" part of graphql-java's limit messages. */
    private static String limits(String message) {
        int at = message.lastIndexOf("exceeded ");
        return at < 0 ? "over the limit" : message.substring(at + "exceeded ".length()).strip();
    }

    private static GraphQLError internal(GraphQLError error, Throwable thrown) {
        String reference = UUID.randomUUID().toString();
        if (thrown != null) {
            LOG.errorf(thrown, "Unexpected failure, reference %s, at %s", reference, error.getPath());
        } else {
            LOG.errorf("Unexpected GraphQL error, reference %s: %s", reference, error.getMessage());
        }
        return coded(error, ErrorCode.INTERNAL,
                "Something went wrong on our side; nothing you did caused it. Reference: " + reference);
    }

    private static GraphQLError coded(GraphQLError error, ErrorCode code, String message) {
        return new CodedError(code, message, error.getLocations(), error.getPath());
    }
}
