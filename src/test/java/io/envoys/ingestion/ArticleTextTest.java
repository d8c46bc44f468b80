package io.envoys.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Pasted HTML becomes plain text with one paragraph a line; plain text is left untouched. */
class ArticleTextTest {

    @Test
    void htmlIsReducedToParagraphLines() {
        String html = "<html><head><style>p{}</style><script>var x=1;</script></head><body>"
                + "<h1>Envoys meet</h1><p>SEOUL -- Park Min-seo met <b>Daisuke Morikawa</b> on Tuesday.</p>"
                + "<p>&ldquo;We agreed,&rdquo; Park said.</p><figure><figcaption>Park (L) and Morikawa.</figcaption>"
                + "</figure></body></html>";
        assertEquals("Envoys meet\n\nSEOUL -- Park Min-seo met Daisuke Morikawa on Tuesday.\n\n“We agreed,” Park said."
                + "\n\nPark (L) and Morikawa.", ArticleText.fromPasted(html));
    }

    @Test
    void plainTextIsReturnedUnchanged() {
        String plain = "SEOUL -- Envoys met.\r\n\r\n\"Talks 3 < 4,\" he said.  ";
        assertSame(plain, ArticleText.fromPasted(plain));
    }
}
