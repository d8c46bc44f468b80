package io.envoys.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an article's text: SHA-256 (FIPS 180-4), in lower-case hex, of the text in UTF-8 with each run of
 * whitespace (space, tab, line breaks) made one space and none at either end, so the same article pasted twice, with
 * other line breaks, is one record.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(String text) {
        String normalised = text.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").trim();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
