package io.envoys.graphql.http;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.envoys.graphql.CacheWeights;
import io.envoys.graphql.ErrorMapper;
import io.envoys.graphql.GraphQLConfig;

/**
 * Parses and validates query documents against the served schema (GraphQL spec, sections 2 and 5); literals are
 * checked by the schema's strict scalars ({@code graphql/scalar}) as part of validation. Before validation, the
 * directives used ({@link SupportedDirectives}: any but {@code @skip} and {@code @include} is refused alike, known to
 * graphql-java or not); after it, the number of fields and the depth ({@link SelectionSize}), so a refused document is
 * never kept. Every refusal says where in the document it stands ({@code locations}). Documents that pass are kept by
 * query text in a cache bounded by weight ({@link CacheWeights#document}: characters of text and fields; Caffeine
 * evicts by frequency and recency), so a repeated query is neither parsed nor validated again.
 */
@ApplicationScoped
class ValidatedDocuments {

    private final Instance<GraphQLSchema> schema;
    private final ParserOptions parserOptions;
    private final Cache<String, Result> validated;
    private final int maxFields;
    private final int maxDepth;

    ValidatedDocuments(Instance<GraphQLSchema> schema, GraphQLConfig config) {
        this.schema = schema;
        this.parserOptions = ParserOptions.getDefaultParserOptions()
                .transform(options -> options.maxTokens(config.maxTokens())
                        .maxCharacters(ParserOptions.MAX_QUERY_CHARACTERS)
                        .maxWhitespaceTokens(ParserOptions.MAX_WHITESPACE_TOKENS));
        this.maxFields = config.maxFields();
        this.maxDepth = config.maxDepth();
        this.validated = Caffeine.newBuilder().maximumWeight(config.documentCacheCharacters())
                .weigher((String query, Result result) -> result.weight()).build();
    }

    /** The document of {@code query}, or the coded errors that make it unfit to run. */
    Result of(String query) {
        Result known = validated.getIfPresent(query);
        if (known != null) {
            return known;
        }
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(new WholeCodePointReader(query)).parserOptions(parserOptions).locale(Locale.ENGLISH)
                    .build());
        } catch (ParseCancelledException tooLong) {
            String measure = tooLong.getMessage().contains("'whitespace'")
                    ? String.format(Locale.ENGLISH, "%,d whitespace tokens (spaces, tabs, line breaks and commas)",
                            parserOptions.getMaxWhitespaceTokens())
                    : String.format(Locale.ENGLISH, "%,d tokens", parserOptions.getMaxTokens());
            return refused(tooLong(measure, tooLong.getLocation()));
        } catch (ParseCancelledTooManyCharsException tooLong) {
            return refused(tooLong(String.format(Locale.ENGLISH, "%,d characters", parserOptions.getMaxCharacters()),
                    null));
        } catch (InvalidSyntaxException syntax) {
            return refused(ErrorMapper.map(syntax.toInvalidSyntaxError()));
        }
        CodedError unsupported = SupportedDirectives.unsupported(document);
        if (unsupported == null) {
            unsupported = ConditionalSubscriptionRoots.refusal(document);
        }
        if (unsupported != null) {
            return refused(unsupported);
        }
        GraphQLSchema served = schema.get();
        List<ValidationError> errors = new Validator().validateDocument(served, document, Locale.ENGLISH);
        if (!errors.isEmpty()) {
            return new Result(null, errors.stream().map(ErrorMapper::map).toList(), 0);
        }
        int fields = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            SelectionSize size = SelectionSize.of(document, operation, maxFields, maxDepth);
            fields += size.fields();
            if (size.tooManyFields()) {
                return refused(CodedError.at(operation, ErrorCode.QUERY_TOO_COMPLEX, "The query selects too many"
                        + " fields (more than " + maxFields + ", __typename included); ask for fewer fields or smaller"
                        + " pages"));
            }
            if (size.tooDeep() != null) {
                return refused(CodedError.at(size.tooDeep(), ErrorCode.QUERY_TOO_DEEP, "The query nests too deep"
                        + " (more than " + maxDepth + " levels, at '" + size.tooDeep().getName() + "'); split it into"
                        + " several queries"));
            }
        }
        Result result = new Result(document, List.of(), CacheWeights.document(query.length(), fields));
        validated.put(query, result);
        return result;
    }

    private static Result refused(GraphQLError error) {
        return new Result(null, List.of(error), 0);
    }

    private static CodedError tooLong(String measure, SourceLocation location) {
        return new CodedError(ErrorCode.QUERY_TOO_COMPLEX, "The query is too long: it has more than " + measure
                + "; split it into several queries", location == null ? null : List.of(location), null);
    }

    /**
     * A document fit to run (and no errors) with its weight in the caches ({@link CacheWeights#document}), or null
     * and the errors to answer with.
     */
    record Result(Document document, List<GraphQLError> errors, int weight) {
    }
}
