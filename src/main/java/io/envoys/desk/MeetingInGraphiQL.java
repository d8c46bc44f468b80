package io.envoys.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A link that opens GraphiQL ({@code /q/graphql-ui}) with a ready query for one meeting. */
final class MeetingInGraphiQL {

    private static final String QUERY = """
            # The meeting the desk just confirmed an article into. Run it with the button above.
            {
              meeting(id: "%d") {
                title
                date
                city
                hostCountry { name }
                participants { name country { code } }
                quotes { nodes { text speaker { name } article { headline } } }
                articles { nodes { headline source publishedOn } }
              }
            }
            """;

    private MeetingInGraphiQL() {
    }

    /** The GraphiQL address with the meeting's query in its {@code query} parameter (percent-encoded UTF-8). */
    static String link(long meetingId) {
        return "/q/graphql-ui/?query=" + URLEncoder.encode(QUERY.formatted(meetingId), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
