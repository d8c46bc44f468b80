package io.envoys.error;

import graphql.ErrorClassification;

/** The values of {@code extensions.code} that clients can see on an error. */
public enum ErrorCode implements ErrorClassification {
    /** Not a GraphQL request of the kind this endpoint takes (its shape, or an operation sent the wrong way). */
    BAD_REQUEST,
    /** An argument or input value breaks a rule; the message names it. */
    BAD_USER_INPUT,
    /** An id or code that does not exist. */
    NOT_FOUND,
    /** The request contradicts the stored state: duplicate, stale version, refused delete. */
    CONFLICT,
    /** No credentials, or wrong ones. */
    UNAUTHENTICATED,
    /** Authenticated, but without the role the operation needs. */
    FORBIDDEN,
    /** The query document is not valid GraphQL syntax. */
    GRAPHQL_PARSE_FAILED,
    /** The query document does not match the schema (unknown field, missing argument). */
    GRAPHQL_VALIDATION_FAILED,
    /** The query nests deeper than the configured limit. */
    QUERY_TOO_DEEP,
    /** The query selects more fields than the configured complexity limit. */
    QUERY_TOO_COMPLEX,
    /**
     * The query could return more objects than the configured budget (page sizes multiplied along each path); the
     * message gives the estimate, the budget and the list to narrow. Nothing ran.
     */
    QUERY_TOO_COSTLY,
    /** The answer grew larger than the configured number of bytes; ask for less. */
    RESPONSE_TOO_LARGE,
    /** The request took longer than the configured limit and was stopped; nothing was changed. */
    TIMEOUT,
    /** A connection, or the server, holds the most subscriptions allowed; the message says which. */
    TOO_MANY_SUBSCRIPTIONS,
    /** The database cannot be reached right now; retry shortly. */
    UNAVAILABLE,
    /** Anything unexpected; details only in the server log. */
    INTERNAL
}
