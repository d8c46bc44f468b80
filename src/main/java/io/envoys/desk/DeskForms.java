package io.envoys.desk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import io.envoys.article.ArticleCorrections;
import io.envoys.article.ArticleInput;
import io.envoys.article.MeetingCorrection;
import io.envoys.article.ParticipantChoice;
import io.envoys.article.QuoteChoice;
import io.envoys.error.ApiException;
import io.envoys.validation.Dates;

/**
 * The desk's forms (application/x-www-form-urlencoded, as htmx sends them) as the inputs of {@code ingestArticle} and
 * {@code confirmArticle}. Field names are those of the templates {@code DeskPages/desk.html} and {@code review.html};
 * blank fields count as left out. The services check the values; here their shape and what only a form can get wrong
 * (no participant ticked, a person listed twice or typed anew though in the record, a required meeting field cleared).
 */
final class DeskForms {

    /** The value of a quote's speaker select that drops the passage: it is not a quote. */
    static final String DROP = "-drop";
    /** The value of a quote's speaker select for a passage kept out of the record: no participant said it. */
    static final String NOBODY = "";
    /** How many rows the review form offers for participants the draft did not find. */
    static final int ADDED_ROWS = 3;

    private DeskForms() {
    }

    /**
     * The pasted article: {@code text}, {@code publishedOn} (YYYY-MM-DD), {@code source}, {@code url},
     * {@code headline}.
     *
     * @throws ApiException BAD_USER_INPUT for a missing or malformed publication date
     */
    static ArticleInput article(MultivaluedMap<String, String> form) {
        ArticleInput input = new ArticleInput();
        input.text = form.getFirst("text");
        String published = given(form, "publishedOn");
        if (published == null) {
            throw ApiException.badInput("Give the date the article was published (YYYY-MM-DD): relative dates in its"
                    + " text count from it");
        }
        input.publishedOn = Dates.parse("The publication date", published);
        input.source = given(form, "source");
        input.url = given(form, "url");
        input.headline = given(form, "headline");
        return input;
    }

    /**
     * The article version the review page was rendered at ({@code version}).
     *
     * @throws ApiException BAD_USER_INPUT when the form carries none
     */
    static int version(MultivaluedMap<String, String> form) {
        try {
            return Integer.parseInt(form.getFirst("version"));
        } catch (NumberFormatException | NullPointerException missing) {
            throw ApiException.badInput("The form does not say which version of the article you reviewed: reload"
                    + " the page");
        }
    }

    /**
     * The review form as corrections: the participants ticked ({@code participant-i} with {@code participant-name-i},
     * {@code participant-envoy-i}, {@code participant-country-i}, {@code participant-title-i}) and the rows added
     * ({@code add-envoy-k}, the id of one of {@code known}, or {@code add-name-k} with {@code add-country-k} for a new
     * envoy, and {@code add-title-k}); each quote ({@code quote-i}: a participant's name, {@link #NOBODY} or
     * {@link #DROP}, with {@code quote-start-i}, {@code quote-end-i}, {@code quote-partial-i}); and the meeting:
     * {@code target} {@code matching} (the draft's matching meeting, {@code matching-id}), {@code other}
     * ({@code attach-id}) or {@code new} ({@code meeting-date}, {@code -city}, {@code -host} required, {@code -venue}
     * blank for none, {@code -title} blank for one made from the participants and the city).
     *
     * @param known the envoys the form offered for added rows
     * @throws ApiException BAD_USER_INPUT, in the form's own words, for a malformed number or date, no participant, a
     *     participant twice, a new envoy without a country or with the name of one in the record, an envoy the form
     *     did not offer, a required meeting field left blank, or a meeting to add to left blank
     */
    static ReviewForm corrections(MultivaluedMap<String, String> form, List<KnownEnvoy> known) {
        ArticleCorrections corrections = new ArticleCorrections();
        List<String> participantLabels = new ArrayList<>();
        corrections.participants = participants(form, known, participantLabels);
        List<String> quoteLabels = new ArrayList<>();
        corrections.quotes = quotes(form, quoteLabels);
        String target = form.getFirst("target");
        if (!List.of("matching", "other", "new").contains(String.valueOf(target))) {
            throw ApiException.badInput("Choose where the article goes: the meeting in the record, a new meeting or"
                    + " another meeting by id");
        }
        if ("matching".equals(target) || "other".equals(target)) {
            corrections.attachToMeetingId = given(form, "matching".equals(target) ? "matching-id" : "attach-id");
            if (corrections.attachToMeetingId == null) {
                throw ApiException.badInput("Give the id of the meeting to add this article to, or choose a new"
                        + " meeting");
            }
        } else {
            corrections.newMeeting = true;
            corrections.meeting = meeting(form);
        }
        return new ReviewForm(corrections, quoteLabels, participantLabels);
    }

    private static List<ParticipantChoice> participants(MultivaluedMap<String, String> form, List<KnownEnvoy> known,
            List<String> labels) {
        List<ParticipantChoice> chosen = new ArrayList<>();
        for (int i = 0; form.containsKey("participant-name-" + i); i++) {
            if (given(form, "participant-" + i) != null) {
                chosen.add(participant(given(form, "participant-name-" + i), given(form, "participant-envoy-" + i),
                        code(form, "participant-country-" + i), given(form, "participant-title-" + i)));
                labels.add("participant " + chosen.get(chosen.size() - 1).name);
            }
        }
        for (int k = 0; k < ADDED_ROWS; k++) {
            String envoyId = given(form, "add-envoy-" + k);
            String name = spaced(given(form, "add-name-" + k));
            String title = given(form, "add-title-" + k);
            int row = k + 1;
            if (envoyId != null) {
                KnownEnvoy envoy = known.stream().filter(offered -> offered.id().equals(envoyId)).findFirst()
                        .orElseThrow(() -> ApiException.badInput("Added participant " + row + " is not an"
                                + " envoy the desk offered: reload the page"));
                chosen.add(participant(envoy.name(), envoy.id(), null, title));
            } else if (name != null) {
                known.stream().filter(offered -> offered.name().equalsIgnoreCase(name)).findFirst()
                        .ifPresent(offered -> {
                            throw ApiException.badInput(offered.name() + " is in the record already: pick them"
                                    + " under \u201cIn the record\u201d instead of adding a new envoy");
                        });
                chosen.add(participant(name, null, code(form, "add-country-" + k), title));
            } else {
                continue;
            }
            labels.add("added participant " + row);
        }
        if (chosen.isEmpty()) {
            throw ApiException.badInput("Tick at least one participant, or add one: a meeting needs someone who took"
                    + " part");
        }
        Set<String> names = new HashSet<>();
        for (ParticipantChoice participant : chosen) {
            if (!names.add(participant.name.toLowerCase(Locale.ROOT))) {
                throw ApiException.badInput(participant.name + " is listed twice among the participants: keep one");
            }
            if (participant.envoyId == null && participant.countryCode == null) {
                throw ApiException.badInput(participant.name + " is new to the record: give the country they"
                        + " represent, two letters such as KR");
            }
        }
        return chosen;
    }

    private static ParticipantChoice participant(String name, String envoyId, String countryCode, String title) {
        ParticipantChoice participant = new ParticipantChoice();
        participant.name = name;
        participant.envoyId = envoyId;
        participant.countryCode = envoyId == null ? countryCode : null;
        participant.title = title;
        return participant;
    }

    private static List<QuoteChoice> quotes(MultivaluedMap<String, String> form, List<String> labels) {
        List<QuoteChoice> chosen = new ArrayList<>();
        for (int i = 0; form.containsKey("quote-" + i); i++) {
            String speaker = form.getFirst("quote-" + i);
            if (speaker == null || speaker.isBlank() || DROP.equals(speaker)) {
                continue;
            }
            QuoteChoice quote = new QuoteChoice();
            quote.speaker = speaker;
            quote.start = number(form, "quote-start-" + i);
            quote.end = number(form, "quote-end-" + i);
            quote.partial = "true".equals(form.getFirst("quote-partial-" + i));
            chosen.add(quote);
            labels.add("quote " + (i + 1));
        }
        return chosen;
    }

    private static MeetingCorrection meeting(MultivaluedMap<String, String> form) {
        MeetingCorrection meeting = new MeetingCorrection();
        meeting.date = Dates.parse("The meeting's date", required(form, "meeting-date", "date"));
        meeting.city = required(form, "meeting-city", "city");
        meeting.hostCountryCode = code(form, "meeting-host");
        if (meeting.hostCountryCode == null) {
            required(form, "meeting-host", "host country");
        }
        String venue = form.getFirst("meeting-venue");
        meeting.venue = venue == null ? "" : venue.strip();
        meeting.title = given(form, "meeting-title");
        return meeting;
    }

    private static String required(MultivaluedMap<String, String> form, String field, String what) {
        String value = given(form, field);
        if (value == null) {
            throw ApiException.badInput("Give the meeting's " + what + ", or add the article to a meeting in the"
                    + " record");
        }
        return value;
    }

    /**
     * A name as typed, each run of white space (any Unicode space, such as the no-break space a copy from a web page
     * brings) one ASCII space, so that "Joseph\u00a0Yun" is Joseph Yun.
     */
    private static String spaced(String name) {
        return name == null ? null : name.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /**
     * A message of {@code ingestArticle} in the paste form's words: its fields as the form labels them.
     */
    static String inPasteTerms(String message) {
        return message.replace("input.text", "The article").replace("input.publishedOn", "The publication date")
                .replace("input.source", "The source").replace("input.url", "The address")
                .replace("input.headline", "The headline");
    }

    /** A country code as typed: upper case, so that "kr" is KR. */
    private static String code(MultivaluedMap<String, String> form, String field) {
        String value = given(form, field);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static int number(MultivaluedMap<String, String> form, String field) {
        try {
            return Integer.parseInt(form.getFirst(field));
        } catch (NumberFormatException | NullPointerException malformed) {
            throw ApiException.badInput("The form's " + field + " is not a number: reload the page");
        }
    }

    private static String given(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
