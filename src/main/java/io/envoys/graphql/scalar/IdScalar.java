package io.envoys.graphql.scalar;

import java.math.BigInteger;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code ID} as the GraphQL specification defines it (section 3.5.5): an input is a string or a whole number, read as
 * a string; {@code true}, {@code 1.5}, an object or a list is refused where it stands (graphql-java's own {@code ID}
 * turns any value into its text, which then failed later as a field error).
 */
public final class IdScalar {

    static final String RULE = "an ID is a string or a whole number, as returned in an id field";

    /** The strict {@code ID}. */
    public static final GraphQLScalarType ID = GraphQLScalarType.newScalar()
            .name("ID")
            .description("An identifier: a string (or a whole number) as returned in an id field.")
            .coercing(new Strict())
            .build();

    private IdScalar() {
    }

    private static final class Strict implements Coercing<String, String> {

        @Override
        public String serialize(Object result, GraphQLContext context, Locale locale) {
            if (result instanceof String || result instanceof Number) {
                return result.toString();
            }
            throw new CoercingSerializeException("An ID result is neither text nor a number");
        }

        @Override
        public String parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return text;
            }
            BigInteger whole = IntScalar.whole(input);
            if (whole != null) {
                return whole.toString();
            }
            throw new CoercingParseValueException(RULE + "; got " + InputKinds.describe(input));
        }

        @Override
        public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            if (input instanceof StringValue text) {
                return text.getValue();
            }
            if (input instanceof IntValue number) {
                return number.getValue().toString();
            }
            throw new CoercingParseLiteralException(RULE);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(parseValue(input, context, locale));
        }
    }
}
