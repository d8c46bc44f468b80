package io.envoys.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;

/**
 * SmallRye's Int scalar lets two wrong values through: an integer literal beyond 32 bits is cut to 32 bits, and a
 * variable holding a fraction or a huge number fails only while running, as an internal error. Both are the client's
 * mistake; this finds them before anything runs. (The schema's only Int inputs are arguments such as first and
 * expectedVersion.)
 */
public final class IntInputs {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private IntInputs() {
    }

    /** What is wrong with the operation's Int variables, or null when nothing is. */
    public static String variableProblem(OperationDefinition operation, Map<String, Object> variables) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            Object value = variables.get(definition.getName());
            if (isInt(definition.getType()) && value != null && !fits(value)) {
                return "Variable '" + definition.getName() + "' must be a whole number from " + MIN + " to " + MAX
                        + "; got " + value;
            }
        }
        return null;
    }

    /** What is wrong with the document's integer literals, or null when nothing is: checked once per document. */
    public static String literalProblem(Document document) {
        IntValue tooLarge = tooLarge(document);
        return tooLarge == null ? null : "The number " + tooLarge.getValue() + " (line "
                + tooLarge.getSourceLocation().getLine() + ") is too large: whole numbers go from " + MIN + " to " + MAX;
    }

    private static boolean isInt(Type<?> type) {
        Type<?> named = type instanceof NonNullType nonNull ? nonNull.getType() : type;
        return !(named instanceof ListType) && named instanceof TypeName name && name.getName().equals("Int");
    }

    private static boolean fits(Object value) {
        if (!(value instanceof Number number)) {
            return true;
        }
        try {
            BigInteger whole = new BigDecimal(number.toString()).toBigIntegerExact();
            return whole.compareTo(MIN) >= 0 && whole.compareTo(MAX) <= 0;
        } catch (ArithmeticException fraction) {
            return false;
        }
    }

    private static IntValue tooLarge(Node<?> node) {
        if (node instanceof IntValue literal) {
            BigInteger value = literal.getValue();
            return value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0 ? literal : null;
        }
        for (Node<?> child : node.getChildren()) {
            IntValue found = tooLarge(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
