package io.envoys.graphql.http;

import java.util.Set;

import graphql.language.Directive;
import graphql.language.Node;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;

/**
 * The directives a query may use: {@code @skip} and {@code @include} (GraphQL spec, section 3.13). graphql-java's
 * schema also defines {@code @defer}, which this service would silently answer in one piece, and
 * {@code @experimental_disableErrorPropagation}, which would let a client read null in a non-null field; both are
 * refused before anything runs, as a validation error, like any directive the service does not act on.
 */
final class SupportedDirectives {

    private static final Set<String> SUPPORTED = Set.of("skip", "include");

    private SupportedDirectives() {
    }

    /** The error for the first directive of {@code document} the service does not act on, or null. */
    static CodedError unsupported(Node<?> document) {
        if (document instanceof Directive directive && !SUPPORTED.contains(directive.getName())) {
            return CodedError.at(directive, ErrorCode.GRAPHQL_VALIDATION_FAILED, "The directive @"
                    + directive.getName() + " is not supported here: queries may use @skip and @include");
        }
        for (Node<?> child : document.getChildren()) {
            CodedError error = unsupported(child);
            if (error != null) {
                return error;
            }
        }
        return null;
    }
}
