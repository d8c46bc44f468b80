package io.envoys.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Turns what a user pasted into the plain text the drafter reads. */
public final class ArticleText {

    private static final Pattern HTML = Pattern.compile(
            "<(?:p|br|div|html|body|h[1-6]|li|span|a|article|section|blockquote|figcaption|table)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dt, dd, td, caption";

    private ArticleText() {
    }

    /**
     * Plain text from pasted input: HTML (anything with block or inline tags) is reduced to its text with jsoup, one
     * block element (paragraph, heading, list item, caption) a line, blank lines between; scripts and styles are
     * dropped. Plain text is returned unchanged.
     *
     * @throws IllegalArgumentException when {@code pasted} is null
     */
    public static String fromPasted(String pasted) {
        if (pasted == null) {
            throw new IllegalArgumentException("article text is missing");
        }
        if (!HTML.matcher(pasted).find()) {
            return pasted;
        }
        Document doc = Jsoup.parse(pasted);
        doc.select("script, style, noscript").remove();
        Elements blocks = doc.select(BLOCKS);
        List<String> lines = new ArrayList<>();
        for (Element block : blocks) {
            if (block.parents().stream().noneMatch(blocks::contains)) {
                String line = block.text().trim();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) {
            return doc.body().text().trim();
        }
        return String.join("\n\n", lines);
    }
}
