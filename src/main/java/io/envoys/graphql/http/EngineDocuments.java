package io.envoys.graphql.http;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives the GraphQL engine (SmallRye GraphQL over graphql-java) the document the gate parsed and validated for the
 * same text ({@link ValidatedDocuments}, cached by query text), instead of letting graphql-java parse and validate a
 * second time: one parser for both paths, so what the gate accepts the engine reads alike, and the engine's work on a
 * query the gate has seen starts at execution. Installed as graphql-java's {@link PreparsedDocumentProvider} when
 * SmallRye builds its {@code GraphQL} (replacing SmallRye's query cache there); registered in META-INF/services.
 * <p>
 * SmallRye still parses the text once more through graphql-java's own reader, only to learn the operation's type,
 * and that reader refuses a document whose character outside the Basic Multilingual Plane straddles one of its
 * 4,096-character reads ({@link WholeCodePointReader} says why). For such a text, and only then, the engine is handed
 * {@link #textFor a stand-in}: the text with every such character replaced by U+FFFD and a last comment line naming
 * the original, which this provider then parses in its place.
 */
public class EngineDocuments implements EventingService, PreparsedDocumentProvider {

    private static final int READ = 4096;
    private static final String STAND_IN = "\n# envoys: stands in for document ";
    private static final Cache<String, String> ORIGINALS = Caffeine.newBuilder().maximumWeight(16_000_000)
            .weigher((String key, String original) -> original.length()).expireAfterWrite(Duration.ofMinutes(5))
            .build();
    private static final String LOST = "The server lost track of this request's query; send it again";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.preparsedDocumentProvider(this);
    }

    /**
     * The text to hand the engine for {@code query}: {@code query} itself, or, when a high surrogate ends one of
     * graphql-java's 4,096-character reads of it (UTF-16 index 4,095, 8,191, …), a stand-in that parses alike for
     * SmallRye and leads this provider back to {@code query}. Originals are kept five minutes at most (16 million
     * characters in all) and used once.
     */
    public static String textFor(String query) {
        if (!splitByReads(query)) {
            return query;
        }
        String key = UUID.randomUUID().toString();
        ORIGINALS.put(key, query);
        StringBuilder standIn = new StringBuilder(query.length() + STAND_IN.length() + key.length());
        query.codePoints().forEach(point -> standIn.appendCodePoint(Character.isBmpCodePoint(point) ? point : 0xFFFD));
        return standIn.append(STAND_IN).append(key).toString();
    }

    /**
     * The gate's document for {@code input}'s query (or for the query a stand-in names), or the errors that refuse
     * it (graphql-java answers those without running anything); {@code parseAndValidate}, graphql-java's own
     * parser, is not used. A stand-in whose original is no longer kept is answered UNAVAILABLE, never run as it
     * reads.
     */
    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = original(input.getQuery());
        if (query == null) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(
                    new CodedError(ErrorCode.UNAVAILABLE, LOST, null, null)));
        }
        ValidatedDocuments.Result result = Arc.container().instance(ValidatedDocuments.class).get().of(query);
        return CompletableFuture.completedFuture(result.document() != null
                ? new PreparsedDocumentEntry(result.document())
                : new PreparsedDocumentEntry(result.errors()));
    }

    /** The text a stand-in names (null when it is no longer kept), or {@code query} when it is none. */
    private static String original(String query) {
        int mark = query.lastIndexOf(STAND_IN);
        if (mark < 0) {
            return query;
        }
        return ORIGINALS.asMap().remove(query.substring(mark + STAND_IN.length()));
    }

    private static boolean splitByReads(String text) {
        for (int i = READ - 1; i < text.length(); i += READ) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
