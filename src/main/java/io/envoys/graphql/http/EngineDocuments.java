package io.envoys.graphql.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.spi.EventingService;

/**
 * Lets the GraphQL engine (SmallRye GraphQL over graphql-java) read documents that graphql-java's own reader refuses:
 * one whose character outside the Basic Multilingual Plane straddles one of its 4,096-character reads
 * ({@link WholeCodePointReader} says why; the gate reads through that reader and accepts them). For such a text, and
 * only then, the engine is handed {@link #textFor a stand-in}: the text with every such character replaced by U+FFFD
 * (so SmallRye's own parse, which only learns the operation's type, succeeds) and a last comment line naming the
 * original by a key only this process issues ({@link StandInKeys}); graphql-java then runs the gate's document of the
 * original. A client's text that ends with such a line under a key not issued here is only a comment. Installed as
 * graphql-java's {@link PreparsedDocumentProvider} when SmallRye builds its {@code GraphQL}, in front of SmallRye's
 * query cache, which still serves every other text; registered in META-INF/services.
 */
public class EngineDocuments implements EventingService, PreparsedDocumentProvider {

    private static final int READ = 4096;
    private static final String STAND_IN = "\n# envoys: stands in for document ";
    /** How much longer than its text a stand-in can be: the mark and its key. */
    private static final int STAND_IN_MARGIN = STAND_IN.length() + StandInKeys.LENGTH;
    private static final Cache<String, String> ORIGINALS = Caffeine.newBuilder().maximumWeight(16_000_000)
            .weigher((String key, String original) -> original.length()).expireAfterWrite(Duration.ofMinutes(5))
            .build();
    private static final String LOST = "The server lost track of this request's query; send it again";

    @Override
    public String getConfigKey() {
        return null;
    }

    /**
     * Installs this provider and lets the engine's parser of operations (graphql-java's
     * {@code ParseAndValidate.parse}, which SmallRye and graphql-java both call) read {@link #STAND_IN_MARGIN}
     * characters and one whitespace token (the line break before the stand-in's line) more than the gate's
     * ({@link ParserOptions#MAX_QUERY_CHARACTERS}, {@link ParserOptions#MAX_WHITESPACE_TOKENS}), so that the stand-in
     * of a text the gate accepted is never cut short; the gate states its own limits.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxCharacters(ParserOptions.MAX_QUERY_CHARACTERS + STAND_IN_MARGIN)
                        .maxWhitespaceTokens(ParserOptions.MAX_WHITESPACE_TOKENS + 1)));
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
        String key = StandInKeys.issue();
        ORIGINALS.put(key, query);
        StringBuilder standIn = new StringBuilder(query.length() + STAND_IN.length() + key.length());
        query.codePoints().forEach(point -> standIn.appendCodePoint(Character.isBmpCodePoint(point) ? point : 0xFFFD));
        return standIn.append(STAND_IN).append(key).toString();
    }

    /**
     * For a stand-in (its last line names a key issued here), the gate's document of the original it names
     * ({@link ValidatedDocuments}: same parser options, same validator, same schema), or the errors that refuse it,
     * or UNAVAILABLE when the original is no longer kept (a stand-in is never run as it reads; a text whose key was
     * not issued here is no stand-in); graphql-java's own {@code parseAndValidate} runs on the stand-in first
     * and its answer is dropped, so that SmallRye's validation hook clears what its query cache left in a thread
     * local. Any other text goes to SmallRye's query cache exactly as without this provider.
     */
    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        int mark = query.lastIndexOf(STAND_IN);
        String key = mark < 0 ? null : query.substring(mark + STAND_IN.length());
        if (key == null || !StandInKeys.genuine(key)) {
            SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
            return context != null && context.getQueryCache() != null
                    ? context.getQueryCache().getDocumentAsync(input, parseAndValidate)
                    : CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        parseAndValidate.apply(input);
        String original = ORIGINALS.asMap().remove(key);
        if (original == null) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(
                    new CodedError(ErrorCode.UNAVAILABLE, LOST, null, null)));
        }
        ValidatedDocuments.Result result = Arc.container().instance(ValidatedDocuments.class).get().of(original);
        return CompletableFuture.completedFuture(result.document() != null
                ? new PreparsedDocumentEntry(result.document())
                : new PreparsedDocumentEntry(result.errors()));
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
