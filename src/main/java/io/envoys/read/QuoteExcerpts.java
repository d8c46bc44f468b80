package io.envoys.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Sql;
import io.envoys.ingestion.text.SentenceBounds;

/**
 * The excerpts of quotes ({@code Quote.excerpt}): the sentences of their article around them. One statement for a
 * whole level of quotes reads, of each quote's article, only a window of {@value #REACH} characters either side of the
 * quote, so the cost does not grow with the articles' length; the sentences are found in that window
 * ({@link SentenceBounds}) and a window edge that falls inside a sentence is moved to the next word. On PostgreSQL,
 * which counts characters where the offsets count UTF-16 code units, a window shifted by characters outside the Basic
 * Multilingual Plane is put right by finding the quote's text in it.
 */
@ApplicationScoped
class QuoteExcerpts {

    /** How many characters of context an excerpt may have on either side of its quote. */
    static final int REACH = 300;

    private static final String WINDOW_START = "greatest(q.start_offset - " + REACH + ", 0)";
    static final String WINDOWS = "select q.id, " + WINDOW_START + ", char_length(a.text), substring(a.text"
            + " from " + WINDOW_START + " + 1 for q.end_offset - " + WINDOW_START + " + " + REACH + ") from quote q"
            + " join article a on a.id = q.article_id where q.id = any(?)";

    private final Sql sql;

    QuoteExcerpts(Sql sql) {
        this.sql = sql;
    }

    /** Sets the excerpt of each quote that has an article and offsets; the others keep none. */
    void fill(Collection<QuoteView> quotes) {
        List<QuoteView> placed = quotes.stream()
                .filter(quote -> quote.articleId() != null && quote.start() != null && quote.end() != null).toList();
        if (placed.isEmpty()) {
            return;
        }
        Map<Long, Object[]> windows = sql.oneByKey(WINDOWS, placed.stream().map(QuoteView::id).toList(), row -> row);
        for (QuoteView quote : placed) {
            Object[] window = windows.get(quote.id());
            if (window != null) {
                quote.excerpt(excerpt(quote, ((Number) window[1]).intValue(), ((Number) window[2]).intValue(),
                        (String) window[3]));
            }
        }
    }

    /**
     * The excerpt of {@code quote} from the window of its article's text that starts at {@code windowStart}, in an
     * article {@code length} characters long.
     */
    static String excerpt(QuoteView quote, int windowStart, int length, String window) {
        int start = quote.start() - windowStart;
        int end = quote.end() - windowStart;
        if (start < 0 || end > window.length() || !window.startsWith(quote.getText(), start)) {
            int found = window.indexOf(quote.getText());
            if (found >= 0) {
                start = found;
                end = found + quote.getText().length();
            }
        }
        start = Math.max(0, Math.min(start, window.length()));
        end = Math.max(start, Math.min(end, window.length()));
        int[] bounds = SentenceBounds.around(window, start, end);
        int from = bounds[0];
        int to = bounds[1];
        if (from == 0 && windowStart > 0) {
            from = nextWord(window, 0, start);
        }
        if (to == window.length() && windowStart + window.length() < length) {
            to = previousWordEnd(window, to, end);
        }
        return window.substring(from, to);
    }

    /** The start of the first whole word at or after {@code from}, no later than {@code limit}. */
    private static int nextWord(String text, int from, int limit) {
        int i = from;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the last whole word before {@code to}, no earlier than {@code limit}. */
    private static int previousWordEnd(String text, int to, int limit) {
        int i = to;
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
