package io.envoys.read;

import java.util.ArrayList;
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
 * ({@link SentenceBounds}) and a window edge that falls inside a sentence is moved to the next word. PostgreSQL counts
 * characters where the offsets count UTF-16 code units, so where characters outside the Basic Multilingual Plane come
 * before a quote its window is shifted (the quote's words are not where its offsets say): those quotes read the
 * article up to the end of their window instead, in a second statement, and are cut in UTF-16 units.
 */
@ApplicationScoped
class QuoteExcerpts {

    /** How many characters of context an excerpt may have on either side of its quote. */
    static final int REACH = 300;

    private static final String WINDOW_START = "greatest(q.start_offset - " + REACH + ", 0)";
    private static final String CONTINUES = "char_length(a.text) > q.end_offset + " + REACH;
    private static final String FROM = " from quote q join article a on a.id = q.article_id where q.id = any(?)";
    /** Each quote's window start, whether the article goes on past the window, and the window. */
    static final String WINDOWS = "select q.id, " + WINDOW_START + ", " + CONTINUES + ", substring(a.text from "
            + WINDOW_START + " + 1 for q.end_offset - " + WINDOW_START + " + " + REACH + ")" + FROM;
    /** As {@link #WINDOWS}, but the article from its start: at least the window, whatever the database counts. */
    static final String PREFIXES = "select q.id, 0, " + CONTINUES + ", substring(a.text from 1 for q.end_offset + "
            + REACH + ")" + FROM;

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
        List<QuoteView> shifted = new ArrayList<>();
        for (QuoteView quote : placed) {
            Object[] window = windows.get(quote.id());
            if (window == null) {
                continue;
            }
            int windowStart = ((Number) window[1]).intValue();
            String text = (String) window[3];
            if (text.startsWith(quote.getText(), quote.start() - windowStart)) {
                quote.excerpt(excerpt(quote, windowStart, (Boolean) window[2], text));
            } else {
                shifted.add(quote);
            }
        }
        if (shifted.isEmpty()) {
            return;
        }
        Map<Long, Object[]> prefixes = sql.oneByKey(PREFIXES, shifted.stream().map(QuoteView::id).toList(),
                row -> row);
        for (QuoteView quote : shifted) {
            Object[] prefix = prefixes.get(quote.id());
            if (prefix != null) {
                String text = (String) prefix[3];
                int from = Math.max(0, quote.start() - REACH);
                int to = Math.min(text.length(), quote.end() + REACH);
                quote.excerpt(excerpt(quote, from, (Boolean) prefix[2] || to < text.length(),
                        text.substring(Math.min(from, to), to)));
            }
        }
    }

    /**
     * The excerpt of {@code quote} from the window of its article's text that starts at {@code windowStart}, whose
     * article {@code continues} past its end.
     */
    static String excerpt(QuoteView quote, int windowStart, boolean continues, String window) {
        int start = Math.max(0, Math.min(quote.start() - windowStart, window.length()));
        int end = Math.max(start, Math.min(quote.end() - windowStart, window.length()));
        int[] bounds = SentenceBounds.around(window, start, end);
        int from = bounds[0];
        int to = bounds[1];
        if (from == 0 && windowStart > 0) {
            from = nextWord(window, 0, start);
        }
        if (to == window.length() && continues) {
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
