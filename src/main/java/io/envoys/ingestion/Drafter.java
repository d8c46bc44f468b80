package io.envoys.ingestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.meeting.DateFinder;
import io.envoys.ingestion.meeting.Lead;
import io.envoys.ingestion.meeting.PlaceFinder;
import io.envoys.ingestion.quote.Passage;
import io.envoys.ingestion.quote.PassageFinder;
import io.envoys.ingestion.speaker.Attributed;
import io.envoys.ingestion.speaker.Attribution;
import io.envoys.ingestion.speaker.Attributor;
import io.envoys.ingestion.speaker.CanonicalName;
import io.envoys.ingestion.speaker.People;
import io.envoys.ingestion.speaker.Person;
import io.envoys.ingestion.speaker.PersonFinder;
import io.envoys.ingestion.speaker.Profiler;
import io.envoys.ingestion.text.Paragraphs;
import io.envoys.ingestion.text.Paragraphs.Paragraph;

/**
 * Drafts a meeting from a news article: the meeting (date, city, venue, host), who took part, and every quoted
 * passage with its speaker, each value with the words it came from. A pure function of its inputs: no I/O, no
 * shared mutable state. Thread-safe; construct once.
 */
public final class Drafter {

    /** The longest article accepted, in characters. */
    public static final int MAX_LENGTH = 100_000;

    private final Gazetteer gazetteer;

    /** A drafter using {@code gazetteer} for places, nationalities and roles ({@link Gazetteer#builtIn()}). */
    public Drafter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Drafts the meeting reported by {@code text}.
     *
     * @param text        the article as plain text (see {@link ArticleText#fromPasted}); all offsets in the draft
     *                    point into it
     * @param publishedOn the publication date, which relative dates ("on Tuesday", "yesterday") count from
     * @param directory   the service's known envoys and countries, for matching names
     * @return the draft; an article without quotation marks gives a draft without quotes
     * @throws IllegalArgumentException when {@code text} is null, blank or longer than {@link #MAX_LENGTH}, or
     *                                  {@code publishedOn} or {@code directory} is null
     */
    public Draft draft(String text, LocalDate publishedOn, Directory directory) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("article text is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("article text is " + text.length() + " characters long; the limit is "
                    + MAX_LENGTH);
        }
        if (publishedOn == null) {
            throw new IllegalArgumentException("publication date is missing");
        }
        if (directory == null) {
            throw new IllegalArgumentException("directory is missing");
        }
        Gazetteer places = gazetteer.withCountries(countryNames(directory));
        List<Paragraph> paragraphs = Paragraphs.of(text);
        List<Passage> passages = PassageFinder.find(text, paragraphs);
        List<int[]> quoted = passages.stream().map(p -> new int[] {p.open(), p.close() + 1}).toList();
        Map<Integer, String> labels = new LinkedHashMap<>();
        passages.stream().filter(p -> p.label() != null).forEach(p -> labels.put(p.open(), p.label()));
        Lead lead = new Lead(text, paragraphs, quoted);
        People people = new PersonFinder(places).find(text, paragraphs, notProse(quoted, lead), labels);
        Map<Person, KnownPerson> known = DirectoryMatcher.match(people, directory);
        new Profiler(places).profile(text, paragraphs, people);
        List<Passage> speech = passages.stream().filter(Passage::speech).toList();
        List<Attributed> attributed = new Attributor(text, paragraphs, people, places).attribute(speech);

        List<Person> participants = people.participants();
        ProposedMeeting meeting = meeting(text, publishedOn, lead, places, titleSpans(people));
        String hostFallback = unclaimedHost(participants, known, meeting.hostCountryCode());
        List<ProposedParticipant> proposed = new ArrayList<>();
        for (Person p : participants) {
            proposed.add(participant(text, p, known.get(p), hostFallback));
        }
        List<ProposedQuote> quotes = new ArrayList<>();
        for (Attributed a : attributed) {
            quotes.add(quote(text, a, participants));
        }
        return new Draft(meeting, proposed, quotes);
    }

    /** The quoted passages and the dateline's source ("(Harbor Wire)"): words there name no one in the story. */
    private static List<int[]> notProse(List<int[]> quoted, Lead lead) {
        Lead.Dateline dateline = lead.dateline();
        if (dateline == null || dateline.source() == null) {
            return quoted;
        }
        List<int[]> out = new ArrayList<>(quoted);
        out.add(new int[] {dateline.sourceStart(), dateline.sourceEnd()});
        return out;
    }

    private static Map<String, String> countryNames(Directory directory) {
        Map<String, String> names = new LinkedHashMap<>();
        for (KnownCountry c : directory.countries()) {
            names.put(c.name(), c.code());
        }
        return names;
    }

    /**
     * The host country, when exactly one participant's country is unknown and no other participant is from the host
     * country: someone represents the host, and it is likely them. Else null.
     */
    private static String unclaimedHost(List<Person> participants, Map<Person, KnownPerson> known, String host) {
        List<String> countries = participants.stream().map(p -> country(p, known.get(p))).toList();
        boolean oneUnknown = countries.stream().filter(c -> c == null).count() == 1;
        return host != null && oneUnknown && !countries.contains(host) ? host : null;
    }

    private static String country(Person p, KnownPerson known) {
        return known != null && known.countryCode() != null ? known.countryCode() : p.country();
    }

    private static ProposedParticipant participant(String text, Person p, KnownPerson known, String hostFallback) {
        String country = country(p, known) != null ? country(p, known) : hostFallback;
        String canonical = known != null ? known.name() : CanonicalName.of(p, country);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of("name", text, p.firstMention(), p.firstMentionEnd()));
        if (p.title() != null) {
            evidence.add(Evidence.of("title", text, p.titleStart(), p.titleStart() + p.title().length()));
        }
        return new ProposedParticipant(p.usualForm(), canonical, known, country, p.title(), evidence);
    }

    private static ProposedQuote quote(String text, Attributed a, List<Person> participants) {
        Passage p = a.passage();
        Integer speaker = null;
        Attribution attribution = a.attribution();
        String asWritten = a.speakerAsWritten();
        if (a.speaker() != null && attribution == Attribution.ATTRIBUTED) {
            int i = participants.indexOf(a.speaker());
            speaker = i >= 0 ? i : null;
            if (i < 0) {
                attribution = Attribution.NOT_PARTICIPANT;
                asWritten = a.speaker().fullestForm();
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (Person c : a.candidates()) {
            int i = participants.indexOf(c);
            if (i >= 0) {
                candidates.add(i);
            }
        }
        if (attribution == Attribution.AMBIGUOUS && candidates.isEmpty()) {
            attribution = Attribution.UNKNOWN;
        }
        Evidence cue = a.cueStart() >= 0 ? Evidence.of("cue", text, a.cueStart(), a.cueEnd()) : null;
        return new ProposedQuote(text.substring(p.start(), p.end()), p.start(), p.end(), a.partial(),
                attribution == Attribution.JOINT, a.continuation(), asWritten, speaker, attribution, cue,
                List.copyOf(candidates));
    }

    /** Where the article gives someone's title ("special representative … at the ministry"). */
    private static List<int[]> titleSpans(People people) {
        List<int[]> spans = new ArrayList<>();
        for (Person p : people.persons()) {
            if (p.title() != null && p.titleStart() >= 0) {
                spans.add(new int[] {p.titleStart(), p.titleStart() + p.title().length()});
            }
        }
        return spans;
    }

    private ProposedMeeting meeting(String text, LocalDate publishedOn, Lead lead, Gazetteer places,
            List<int[]> titles) {
        DateFinder.Found date = new DateFinder(text, publishedOn).find(lead);
        PlaceFinder.Place place = new PlaceFinder(text, places).find(lead, titles);
        List<Evidence> evidence = new ArrayList<>();
        if (date != null) {
            evidence.add(Evidence.of("date", text, date.start(), date.end()));
        }
        add(evidence, "city", text, place.city());
        add(evidence, "venue", text, place.venue());
        add(evidence, "hostCountry", text, place.host());
        return new ProposedMeeting(date == null ? null : date.date(), value(place.city()), value(place.venue()),
                value(place.host()), evidence);
    }

    private static void add(List<Evidence> evidence, String field, String text, PlaceFinder.Found found) {
        if (found != null && found.start() >= 0) {
            evidence.add(Evidence.of(field, text, found.start(), found.end()));
        }
    }

    private static String value(PlaceFinder.Found found) {
        return found == null ? null : found.value();
    }
}
