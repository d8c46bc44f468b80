package io.envoys.ingestion.text;

import java.util.ArrayList;
import java.util.List;

/** Splits an article into paragraphs: its non-blank lines. */
public final class Paragraphs {

    /** One paragraph: {@code text[start, end)}, trailing whitespace excluded; {@code index} counts from 0. */
    public record Paragraph(int index, int start, int end) {

        /** True when {@code offset} lies in this paragraph (its end included). */
        public boolean contains(int offset) {
            return offset >= start && offset <= end;
        }
    }

    private Paragraphs() {
    }

    /** The non-blank lines of {@code text}, in order, with offsets into {@code text}. */
    public static List<Paragraph> of(String text) {
        List<Paragraph> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int start = pos;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new Paragraph(out.size(), start, end));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }
}
