package io.envoys.graphql.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/** The media types of GraphQL over HTTP and how the gate reads the request headers that name them. */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String GRAPHQL_DOCUMENT = "application/graphql";

    /** The characters of JSON's syntax and of names, which an ASCII-compatible charset encodes as ASCII does. */
    private static final String ASCII_SAMPLE = "{}[]:,\"\\ azAZ09_-.";

    private MediaTypes() {
    }

    /**
     * The media type to answer with, by content negotiation (RFC 9110, sections 12.4.2 and 12.5.1) over the
     * {@code Accept} header as Vert.x parsed it: each of the two JSON types gets the quality of the most specific range
     * that matches it ({@code type/subtype}, then {@code type/*}, then {@code *}{@code /*}); quality 0 means "not
     * acceptable"; the higher quality wins; on a tie the GraphQL response type wins where the client named it, else
     * {@code application/json} (what clients that send {@code *}{@code /*} expect). No header at all: JSON.
     *
     * @return the type, or null when the client accepts neither (406)
     */
    static String responseType(List<MIMEHeader> accepted) {
        if (accepted.isEmpty()) {
            return JSON;
        }
        float json = quality(accepted, "json");
        float graphQLResponse = quality(accepted, "graphql-response+json");
        if (json <= 0 && graphQLResponse <= 0) {
            return null;
        }
        boolean named = accepted.stream()
                .anyMatch(range -> range.weight() > 0 && specificity(range, "graphql-response+json") == 2);
        return graphQLResponse > json || graphQLResponse == json && named ? GRAPHQL_RESPONSE : JSON;
    }

    /** The quality the client gives {@code application/<subtype>}: that of its most specific matching range, or 0. */
    private static float quality(List<MIMEHeader> accepted, String subtype) {
        float quality = 0;
        int best = -1;
        for (MIMEHeader range : accepted) {
            int specificity = specificity(range, subtype);
            if (specificity > best) {
                best = specificity;
                quality = range.weight();
            }
        }
        return quality;
    }

    /** 2 for {@code application/<subtype>}, 1 for {@code application/*}, 0 for {@code *}{@code /*}, -1 otherwise. */
    private static int specificity(MIMEHeader range, String subtype) {
        String[] parts = range.value().strip().toLowerCase(Locale.ROOT).split("/", 2);
        if (parts.length < 2) {
            return -1;
        }
        String type = parts[0].strip();
        String sub = parts[1].strip();
        if (type.equals("*") && sub.equals("*")) {
            return 0;
        }
        if (!type.equals("application")) {
            return -1;
        }
        return sub.equals(subtype) ? 2 : sub.equals("*") ? 1 : -1;
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

    /**
     * The request body as text, decoded by the charset its Content-Type declares (UTF-8 when none, as JSON is: RFC
     * 8259, section 8.1), as SmallRye GraphQL's route decodes it, a leading byte order mark left out; null when the
     * charset is unknown or not a superset of ASCII (UTF-16, say), which the gate refuses: the engine is handed the
     * request as ASCII-only JSON ({@link EngineRequests}), which reads the same in every charset that is.
     */
    static String bodyText(RoutingContext ctx) {
        MIMEHeader contentType = ctx.parsedHeaders().contentType();
        String declared = contentType == null ? null : contentType.parameter("charset");
        Charset charset;
        try {
            charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        if (!Arrays.equals(ASCII_SAMPLE.getBytes(charset), ASCII_SAMPLE.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        String text = ctx.body().buffer() == null ? "" : ctx.body().buffer().toString(charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
