package io.envoys.graphql.scalar;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;

/**
 * The coercion of a scalar written as a string in a layout of its own (a date, a point in time): an input must be a
 * string (a JSON string in variables, a {@code StringValue} literal) that the scalar's check passes, else it is refused
 * with the check's reason (spec sections 3.5 and 6.1.2); a parsed value stays the text the client sent, which SmallRye
 * GraphQL turns into the API classes' Java type. A result is written by the scalar's own writer.
 */
final class TextCoercing implements Coercing<String, String> {

    private final String noun;
    private final String rule;
    private final UnaryOperator<String> problem;
    private final Function<Object, String> writer;

    /**
     * @param noun    what a value is, with its article: "a date"
     * @param rule    how to write one, for the messages: "write dates as YYYY-MM-DD, …"
     * @param problem why a text is not a value of the scalar, or null when it is one
     * @param writer  a result (the Java type, or a text SmallRye GraphQL wrote) as the text to send, or null when it is
     *                not a value of the scalar
     */
    TextCoercing(String noun, String rule, UnaryOperator<String> problem, Function<Object, String> writer) {
        this.noun = noun;
        this.rule = rule;
        this.problem = problem;
        this.writer = writer;
    }

    @Override
    public String serialize(Object result, GraphQLContext context, Locale locale) {
        String written = writer.apply(result);
        if (written == null) {
            throw new CoercingSerializeException("A result is not " + noun);
        }
        return written;
    }

    @Override
    public String parseValue(Object input, GraphQLContext context, Locale locale) {
        if (!(input instanceof String text)) {
            throw new CoercingParseValueException(noun + " is a string; got " + InputKinds.describe(input) + "; "
                    + rule);
        }
        String refusal = problem.apply(text);
        if (refusal != null) {
            throw new CoercingParseValueException(refusal);
        }
        return text;
    }

    @Override
    public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        String refusal = input instanceof StringValue text ? problem.apply(text.getValue())
                : noun + " is a string in double quotes; " + rule;
        if (refusal != null) {
            throw new CoercingParseLiteralException(refusal);
        }
        return ((StringValue) input).getValue();
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(parseValue(input, context, locale));
    }
}
