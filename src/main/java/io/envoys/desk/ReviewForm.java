package io.envoys.desk;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.envoys.article.ArticleCorrections;

/**
 * A submitted review form as {@code confirmArticle}'s corrections, with what the page calls each quote and participant
 * it sent, so that a refusal naming {@code corrections.quotes[0]} reaches the editor as "quote 2", the number the
 * page shows on that quote.
 *
 * @param corrections what to confirm
 * @param quoteLabels for each of {@code corrections.quotes}, the page's name for it ("quote 2")
 * @param participantLabels for each of {@code corrections.participants}, the page's name for it
 */
record ReviewForm(ArticleCorrections corrections, List<String> quoteLabels, List<String> participantLabels) {

    private static final Pattern LISTED = Pattern.compile("corrections\\.(quotes|participants)\\[(\\d+)](\\.\\w+)?");
    private static final Pattern MEETING = Pattern.compile("corrections\\.meeting\\.(\\w+)");
    private static final Pattern CAPITALS = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    /** A message of the service, with the fields of {@code corrections} named as the page names them. */
    String inDeskTerms(String message) {
        Matcher listed = LISTED.matcher(message);
        StringBuilder named = new StringBuilder();
        while (listed.find()) {
            List<String> labels = listed.group(1).equals("quotes") ? quoteLabels : participantLabels;
            int index = Integer.parseInt(listed.group(2));
            String label = index < labels.size() ? labels.get(index) : listed.group();
            listed.appendReplacement(named, Matcher.quoteReplacement(label + (listed.group(3) == null ? ""
                    : " (" + words(listed.group(3).substring(1)) + ")")));
        }
        listed.appendTail(named);
        Matcher meeting = MEETING.matcher(named.toString());
        return meeting.replaceAll(field -> "the meeting's " + words(field.group(1)))
                .replace("corrections.attachToMeetingId", "the meeting to add to")
                .replace("corrections.participants", "the participants");
    }

    private static String words(String field) {
        return CAPITALS.matcher(field).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
