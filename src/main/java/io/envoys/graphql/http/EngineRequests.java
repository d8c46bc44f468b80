package io.envoys.graphql.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Hands a request the gate has read and checked to SmallRye GraphQL's own route, so that the engine runs exactly the
 * document, operation and variables the gate checked, whatever the client's encoding. That route reads requests its
 * own way (Quarkus 3.33), which differed from the gate's: it decodes a POST body by the declared charset and reads an
 * {@code application/graphql} body with its newlines and tabs removed; it URL-decodes GET parameters, which Vert.x has
 * decoded already, a second time, drops their newlines and tabs, and takes a GET's {@code operationName} from the
 * query text. So a POST reaches it as the gate's JSON, in ASCII, and a GET as parameters encoded once more (which its
 * decoding undoes), without {@code operationName}: the other operations of the document are blanked out, character by
 * character, so the one the gate selected is the only one and every line and column stays where the client wrote it.
 * Either way the text may be a stand-in that {@link EngineDocuments} resolves.
 */
final class EngineRequests {

    private EngineRequests() {
    }

    static void handOver(RoutingContext ctx, JsonObject request, Document document, OperationDefinition operation) {
        if (ctx.request().method() == HttpMethod.GET) {
            String query = EngineDocuments.textFor(onlyOperation(request.getString("query"), document, operation));
            ctx.queryParams().set("query", URLEncoder.encode(query, StandardCharsets.UTF_8));
            ctx.queryParams().remove("operationName");
            for (String name : List.of("variables", "extensions")) {
                JsonObject value = request.getJsonObject(name);
                if (value == null) {
                    ctx.queryParams().remove(name);
                } else {
                    ctx.queryParams().set(name, URLEncoder.encode(asciiOnly(value.encode()), StandardCharsets.UTF_8));
                }
            }
        } else {
            ctx.request().headers().set(HttpHeaders.CONTENT_TYPE, MediaTypes.JSON);
            String query = request.getString("query");
            String text = EngineDocuments.textFor(query);
            JsonObject handed = text.equals(query) ? request : request.copy().put("query", text);
            ctx.setBody(Buffer.buffer(asciiOnly(handed.encode()), StandardCharsets.US_ASCII.name()));
        }
    }

    /**
     * JSON text with every character beyond ASCII written as an escape of six characters (RFC 8259, section 7), so that it
     * reads the same in UTF-8 and in any other charset the client may have declared that is a superset of ASCII, and a
     * lone surrogate survives URL encoding.
     */
    private static String asciiOnly(String json) {
        StringBuilder ascii = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                ascii.append(c);
            } else {
                ascii.append(String.format("\\u%04x", (int) c));
            }
        }
        return ascii.toString();
    }

    /**
     * {@code query} with every definition but {@code operation} and the fragments it uses replaced by spaces, one per
     * code point (a fragment left unused would fail the engine's validation).
     */
    static String onlyOperation(String query, Document document, OperationDefinition operation) {
        List<Definition> definitions = document.getDefinitions().stream()
                .filter(definition -> definition.getSourceLocation() != null)
                .sorted(Comparator.comparingInt((Definition definition) -> definition.getSourceLocation().getLine())
                        .thenComparingInt(definition -> definition.getSourceLocation().getColumn()))
                .toList();
        Set<String> used = Operations.fragmentsUsedBy(document, operation);
        StringBuilder text = new StringBuilder(query.length());
        int copied = 0;
        for (int i = 0; i < definitions.size(); i++) {
            Definition<?> definition = definitions.get(i);
            if (definition instanceof OperationDefinition other && other != operation
                    || definition instanceof FragmentDefinition fragment && !used.contains(fragment.getName())) {
                int from = offset(query, definition.getSourceLocation());
                int to = i + 1 < definitions.size() ? offset(query, definitions.get(i + 1).getSourceLocation())
                        : query.length();
                text.append(query, copied, from);
                query.substring(from, to).codePoints()
                        .forEach(c -> text.append(c == '\n' || c == '\r' ? (char) c : ' '));
                copied = to;
            }
        }
        return text.append(query.substring(copied)).toString();
    }

    /**
     * The index in {@code text} of a parser location: lines end at a line feed, and columns count code points, as
     * graphql-java's lexer counts them.
     */
    private static int offset(String text, SourceLocation location) {
        int line = 1;
        int index = 0;
        while (line < location.getLine() && index < text.length()) {
            if (text.charAt(index++) == '\n') {
                line++;
            }
        }
        for (int column = 1; column < location.getColumn() && index < text.length(); column++) {
            index += Character.charCount(text.codePointAt(index));
        }
        return index;
    }
}
