package io.envoys.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Sql;
import io.envoys.ingestion.Directory;
import io.envoys.ingestion.Draft;
import io.envoys.ingestion.Drafter;
import io.envoys.ingestion.Evidence;
import io.envoys.ingestion.KnownCountry;
import io.envoys.ingestion.KnownPerson;
import io.envoys.ingestion.ProposedParticipant;
import io.envoys.ingestion.ProposedQuote;
import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.validation.ListBounds;

/**
 * The drafts of articles ({@link Drafter}), against the envoys and countries the record holds at the time of reading,
 * as views: the known envoys, countries and the matching meeting read for a whole list of articles at once (one
 * statement each), with what the query selects below them.
 */
@ApplicationScoped
class ArticleDrafts {

    private static final String PEOPLE = "select e.id, e.name, c.code from envoy e join country c on c.id = e.country_id";
    private static final String COUNTRIES = "select c.code, c.name from country c";
    private static final String ALIASES = "select a.envoy_id, a.alias from envoy_alias a order by a.envoy_id, a.alias";
    private static final String MATCHING = "select m.id from meeting m join meeting_participant mp on mp.meeting_id"
            + " = m.id where m.date between ? and ? and mp.envoy_id in (%s) group by m.id order by count(*) desc, m.id"
            + " limit 1";

    private final Drafter drafter = new Drafter(Gazetteer.builtIn());
    private final Sql sql;
    private final EnvoyLoader envoys;
    private final CountryLoader countries;
    private final MeetingLoader meetings;

    ArticleDrafts(Sql sql, EnvoyLoader envoys, CountryLoader countries, MeetingLoader meetings) {
        this.sql = sql;
        this.envoys = envoys;
        this.countries = countries;
        this.meetings = meetings;
    }

    /**
     * Every envoy (id, name, country, the other names editors confirmed) and country the record holds: what drafts
     * match names against.
     */
    Directory directory() {
        Map<Long, List<String>> aliases = new HashMap<>();
        sql.rows(ALIASES, List.of()).forEach(row -> aliases.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                .add((String) row[1]));
        List<KnownPerson> people = sql.rows(PEOPLE, List.of()).stream()
                .map(row -> new KnownPerson((Long) row[0], (String) row[1], (String) row[2],
                        aliases.get((Long) row[0]))).toList();
        List<KnownCountry> known = sql.rows(COUNTRIES, List.of()).stream()
                .map(row -> new KnownCountry((String) row[0], (String) row[1])).toList();
        return new Directory(people, known);
    }

    /** The draft of an article's text. */
    Draft draft(String text, LocalDate publishedOn, Directory directory) {
        return drafter.draft(text, publishedOn, directory);
    }

    /** Fills in what {@code selection} asks of the articles: their meeting and, when asked, their drafts. */
    void expand(List<ArticleView> articles, Selection selection) {
        Set<Long> meetingIds = new LinkedHashSet<>();
        if (selection.has("meeting")) {
            articles.stream().map(ArticleView::meetingId).filter(id -> id != null).forEach(meetingIds::add);
        }
        boolean drafts = selection.has("proposedMeeting") || selection.has("proposedParticipants")
                || selection.has("proposedQuotes") || selection.has("matchingMeeting");
        Map<ArticleView, Draft> drafted = new HashMap<>();
        Map<ArticleView, Long> matching = new HashMap<>();
        if (drafts) {
            Directory directory = directory();
            for (ArticleView article : articles) {
                Draft draft = draft(article.text(), article.publishedOn(), directory);
                drafted.put(article, draft);
                if (selection.has("matchingMeeting")) {
                    Long match = matching(draft);
                    if (match != null) {
                        matching.put(article, match);
                        meetingIds.add(match);
                    }
                }
            }
        }
        Map<Long, MeetingView> meetingViews = meetingIds.isEmpty() ? Map.of()
                : meetings.byIds(meetingIds, selection.get("meeting").merge(selection.get("matchingMeeting")));
        Map<Long, EnvoyView> envoyViews = envoys(drafted.values(), selection);
        Map<String, CountryView> countryViews = countries(selection);
        for (ArticleView article : articles) {
            article.meeting(article.meetingId() == null ? null : meetingViews.get(article.meetingId()));
            Draft draft = drafted.get(article);
            if (draft != null) {
                fill(article, draft, envoyViews, countryViews);
                article.matchingMeeting(matching.containsKey(article) ? meetingViews.get(matching.get(article)) : null);
            }
        }
    }

    private static void fill(ArticleView article, Draft draft, Map<Long, EnvoyView> envoyViews,
            Map<String, CountryView> countryViews) {
        List<ProposedParticipantView> participants = new ArrayList<>();
        for (ProposedParticipant participant : first(draft.participants(), ListBounds.PARTICIPANTS_MAX)) {
            participants.add(new ProposedParticipantView(participant,
                    participant.match() == null ? null : envoyViews.get(participant.match().id()),
                    participant.countryCode() == null ? null : countryViews.get(participant.countryCode())));
        }
        List<ProposedQuoteView> quotes = new ArrayList<>();
        for (ProposedQuote quote : first(draft.quotes(), ListBounds.DRAFT_QUOTES_MAX)) {
            ProposedParticipantView speaker = quote.speaker() == null || quote.speaker() >= participants.size() ? null
                    : participants.get(quote.speaker());
            List<String> candidates = first(quote.candidates(), ListBounds.PARTICIPANTS_MAX).stream()
                    .filter(index -> index < participants.size())
                    .map(index -> participants.get(index).getName()).toList();
            quotes.add(new ProposedQuoteView(quote, speaker, candidates));
        }
        String host = draft.meeting().hostCountryCode();
        article.draft(new ProposedMeetingView(draft.meeting(), host == null ? null : countryViews.get(host)),
                participants, quotes);
    }

    /** The meeting within a day of the draft's date with the most of its known participants, or null. */
    Long matching(Draft draft) {
        List<Object> parameters = new ArrayList<>();
        LocalDate date = draft.meeting().date();
        if (date == null) {
            return null;
        }
        parameters.add(date.minusDays(1));
        parameters.add(date.plusDays(1));
        draft.participants().stream().filter(participant -> participant.match() != null)
                .forEach(participant -> parameters.add(participant.match().id()));
        if (parameters.size() == 2) {
            return null;
        }
        String placeholders = String.join(", ", Collections.nCopies(parameters.size() - 2, "?"));
        return sql.rows(String.format(MATCHING, placeholders), parameters).stream().map(row -> (Long) row[0])
                .findFirst().orElse(null);
    }

    private Map<Long, EnvoyView> envoys(Collection<Draft> drafts, Selection selection) {
        Selection below = selection.get("proposedParticipants").get("envoy")
                .merge(selection.get("proposedQuotes").get("speaker"));
        if (!selection.get("proposedParticipants").has("envoy") && !selection.get("proposedQuotes").has("speaker")) {
            return Map.of();
        }
        Set<Long> ids = drafts.stream().flatMap(draft -> draft.participants().stream())
                .filter(participant -> participant.match() != null).map(participant -> participant.match().id())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return ids.isEmpty() ? Map.of() : envoys.byIds(ids, below);
    }

    private Map<String, CountryView> countries(Selection selection) {
        boolean host = selection.get("proposedMeeting").has("hostCountry");
        boolean represented = selection.get("proposedParticipants").has("country");
        if (!host && !represented) {
            return Map.of();
        }
        return countries.all(selection.get("proposedMeeting").get("hostCountry")
                .merge(selection.get("proposedParticipants").get("country"))).stream()
                .collect(Collectors.toMap(CountryView::getCode, Function.identity()));
    }

    /** The views of evidence, at most {@link ListBounds#EVIDENCE_MAX}. */
    static List<EvidenceView> evidence(List<Evidence> evidence) {
        return first(evidence, ListBounds.EVIDENCE_MAX).stream().map(EvidenceView::new).toList();
    }

    private static <T> List<T> first(List<T> items, int max) {
        return items.size() <= max ? items : items.subList(0, max);
    }
}
