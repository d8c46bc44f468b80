package io.envoys.ingestion.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits prose into word tokens with offsets: abbreviations with dots ("U.S."), initials ("J."), words with hyphens. */
public final class Tokens {

    /**
     * One word: {@code text} is {@code source[start, end)} without a trailing possessive "'s", which
     * {@code possessive} records.
     */
    public record Token(int start, int end, String text, boolean possessive) {

        /** True when the word starts with a capital letter. */
        public boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** True for a one-letter initial with its dot ("J."). */
        public boolean initial() {
            return text.length() == 2 && text.charAt(1) == '.' && Character.isUpperCase(text.charAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{L}\\.){2,}|\\p{Lu}\\.(?=\\s)|(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|Prof)\\.|[\\p{L}\\p{M}][\\p{L}\\p{M}\\-'’]*");

    private Tokens() {
    }

    /** The tokens of {@code source[from, to)}, in order. */
    public static List<Token> of(String source, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(source).region(from, to);
        while (m.find()) {
            String word = m.group();
            boolean possessive = word.endsWith("'s") || word.endsWith("’s");
            if (possessive) {
                word = word.substring(0, word.length() - 2);
            } else if (word.endsWith("'") || word.endsWith("’")) {
                word = word.substring(0, word.length() - 1);
            }
            if (!word.isEmpty()) {
                out.add(new Token(m.start(), m.end(), word, possessive));
            }
        }
        return out;
    }
}
