package io.envoys.graphql.http;

import java.io.Reader;

/**
 * Reads a query document so that a character outside the Basic Multilingual Plane (an emoji, say) reaches
 * graphql-java's parser whole wherever it stands. ANTLR 4.13.2 ({@code CharStreams.fromReader}, which graphql-java 24
 * parses through) decodes each read of at most 4,096 characters on its own and fails on a high surrogate that ends
 * one ("token recognition error"), so a valid document with such a character at UTF-16 index 4,095, 8,191, … was
 * refused (ANTLR pull request 4943, open). graphql-java reads this reader through a {@code BufferedReader}, whose
 * reads never reach past what one read of this reader gave; so each read here stops before the next high surrogate
 * (a read starting at one takes its pair), and no read the parser sees can end between the two halves. Not
 * thread-safe; one reader per parse.
 */
final class WholeCodePointReader extends Reader {

    private final String text;
    private int next;

    WholeCodePointReader(String text) {
        this.text = text;
    }

    /**
     * Copies up to {@code length} characters, stopping before the first high surrogate after the first character.
     *
     * @return the number of characters copied (at least one, two for a pair when {@code length} allows), or -1 at
     *         the end of the text
     */
    @Override
    public int read(char[] buffer, int offset, int length) {
        if (next >= text.length()) {
            return -1;
        }
        int end = Math.min(text.length(), next + length);
        for (int i = next + 1; i < end; i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                end = i;
                break;
            }
        }
        text.getChars(next, end, buffer, offset);
        int copied = end - next;
        next = end;
        return copied;
    }

    @Override
    public void close() {
        // nothing to release: the text is a String
    }
}
