package io.envoys.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.restassured.path.json.JsonPath;

/**
 * A SHA-256 over every row the API can show: countries, envoys, meetings with topics and participants, quotes, and
 * (read as an editor) articles with their state and version.
 */
public final class DataChecksum {

    private DataChecksum() {
    }

    public static String of() {
        MessageDigest digest = sha256();
        digest.update(GraphQL.query("countries").extract().asByteArray());
        for (String list : new String[] {"envoys", "meetings", "quotes", "articles"}) {
            String after = null;
            do {
                JsonPath page = (list.equals("articles") ? GraphQL.asEditor("checksum-" + list, "after", after)
                        : GraphQL.query("checksum-" + list, "after", after)).extract().jsonPath();
                digest.update(page.prettify().getBytes(StandardCharsets.UTF_8));
                after = page.getBoolean("data." + list + ".pageInfo.hasNextPage")
                        ? page.getString("data." + list + ".pageInfo.endCursor") : null;
            } while (after != null);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
