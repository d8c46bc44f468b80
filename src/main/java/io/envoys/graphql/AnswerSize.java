package io.envoys.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import io.envoys.error.CodedError;
import io.envoys.error.ErrorCode;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.context.SmallRyeContext;

/**
 * Holds the engine's answers to {@code envoys.graphql.max-response-bytes}, as the lean executor holds its own: after
 * execution, before SmallRye GraphQL writes the answer as JSON, the answer's size is counted (its text, at least one
 * byte per character, and its structure) and an answer over the limit, or one whose gathering {@link AnswerVolume}
 * stopped at the limit, is replaced by {@code RESPONSE_TOO_LARGE}. The
 * node budget counts objects, not bytes, and a query the lean path does not serve (one with an introspection field,
 * say) could otherwise have the engine write tens of megabytes into a small heap. Registered in META-INF/services first,
 * so that a mutation whose answer is refused is rolled back ({@link MutationsInOneTransaction}).
 */
public class AnswerSize extends ResultHook {

    @Override
    void after(SmallRyeContext smallRye, ExecutionResult result) {
        long limit = Arc.container().instance(GraphQLConfig.class).get().maxResponseBytes();
        if (AnswerVolume.exceeded() || bytes(result.getData(), limit) > limit) {
            smallRye.setExecutionResult(ExecutionResultImpl.newExecutionResult().data(null)
                    .errors(List.of(tooLarge(limit))).build());
        }
    }

    /** The error for an answer over {@code limit} bytes, the same from the lean executor and the engine. */
    public static CodedError tooLarge(long limit) {
        return new CodedError(ErrorCode.RESPONSE_TOO_LARGE, String.format(Locale.ROOT, "The answer is larger than %,d"
                + " bytes, the most this service sends; nothing was changed. Ask for less: smaller pages (first),"
                + " fewer fields or long texts such as summaries, or split the query", limit), null, null);
    }

    /** At least the bytes {@code value} takes as JSON, counted up to just past {@code limit}. */
    static long bytes(Object value, long limit) {
        if (value instanceof String text) {
            return jsonString(text) + 2L;
        }
        if (value instanceof Map<?, ?> map) {
            long total = 2;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                total += jsonString(String.valueOf(entry.getKey())) + 4L + bytes(entry.getValue(), limit - total);
                if (total > limit) {
                    return total;
                }
            }
            return total;
        }
        if (value instanceof List<?> list) {
            long total = 2;
            for (Object item : list) {
                total += 1 + bytes(item, limit - total);
                if (total > limit) {
                    return total;
                }
            }
            return total;
        }
        return value == null ? 4 : String.valueOf(value).length();
    }

    /**
     * At least the bytes of {@code text} in a JSON string in UTF-8: its UTF-8 bytes ({@link #utf8}) and one more for
     * a quote, a backslash or a control character, which JSON escapes.
     */
    static long jsonString(String text) {
        long escaped = text.chars().filter(c -> c == '"' || c == '\\' || c < 0x20).count();
        return utf8(text) + escaped;
    }

    /** The bytes of {@code text} in UTF-8 (RFC 3629): one to three per UTF-16 unit, four per surrogate pair. */
    public static long utf8(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
