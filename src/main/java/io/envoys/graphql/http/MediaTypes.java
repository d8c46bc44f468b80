package io.envoys.graphql.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The media types of GraphQL over HTTP and how the gate reads the request headers that name them. */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String GRAPHQL_DOCUMENT = "application/graphql";

    private MediaTypes() {
    }

    /** The media type to answer with for an {@code Accept} header, or null when it accepts neither JSON type. */
    static String responseType(String accept) {
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

    /**
     * The media type of a Content-Type header, parameters aside. Some clients (GraphiQL among them) repeat the
     * header, which arrives as "application/json, application/json": every repetition must name the same type.
     */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        List<String> types = Arrays.stream(contentType.split(","))
                .map(entry -> entry.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .distinct().toList();
        return types.size() == 1 ? types.get(0) : null;
    }
}
