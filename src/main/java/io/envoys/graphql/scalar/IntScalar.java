package io.envoys.graphql.scalar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code Int} as the GraphQL specification defines it (section 3.5.1): a variable's value is a JSON number with no
 * fraction within 32 bits, and a literal an {@code IntValue} within 32 bits; a string ("5"), a fraction (2.9), a float
 * literal ({@code 2.0}, {@code 1e1}) or a number beyond 32 bits is refused, never read as something near it.
 */
public final class IntScalar {

    static final String RULE = "Int takes a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
            + ", written as a number";

    /** The strict {@code Int}. */
    public static final GraphQLScalarType INT = GraphQLScalarType.newScalar()
            .name("Int")
            .description("A whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ".")
            .coercing(new Strict())
            .build();

    private IntScalar() {
    }

    /** The integer a number stands for, or null when it has a fraction or does not fit in 32 bits. */
    static Integer exact(Object value) {
        BigInteger whole = whole(value);
        return whole != null && whole.bitLength() < Integer.SIZE ? whole.intValue() : null;
    }

    /** The whole number a JSON number stands for, or null when it is not a number or has a fraction. */
    static BigInteger whole(Object value) {
        if (!(value instanceof Number number)) {
            return null;
        }
        try {
            return number instanceof BigInteger big ? big : new BigDecimal(number.toString()).toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return null;
        }
    }

    private static final class Strict implements Coercing<Integer, Integer> {

        @Override
        public Integer serialize(Object result, GraphQLContext context, Locale locale) {
            Integer value = exact(result);
            if (value == null) {
                throw new CoercingSerializeException("An Int result is out of range");
            }
            return value;
        }

        @Override
        public Integer parseValue(Object input, GraphQLContext context, Locale locale) {
            Integer value = exact(input);
            if (value == null) {
                throw new CoercingParseValueException(RULE + "; got " + InputKinds.describe(input));
            }
            return value;
        }

        @Override
        public Integer parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            Integer value = input instanceof IntValue literal ? exact(literal.getValue()) : null;
            if (value == null) {
                throw new CoercingParseLiteralException(RULE);
            }
            return value;
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return IntValue.of(parseValue(input, context, locale));
        }
    }
}
