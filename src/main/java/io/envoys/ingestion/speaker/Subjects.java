package io.envoys.ingestion.speaker;

import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.lexicon.Words;
import io.envoys.ingestion.speaker.Person.Gender;

/**
 * Resolves the subject of a cue ("Kim Gunn, South Korea's special representative,", "the Japanese envoy", "she",
 * "The two sides", "Moscow", "North Korea's official Korean Central News Agency") to a speaker, in this order: a
 * person named in it (a shared surname such as "Kim" by the one named in full earlier in the paragraph; AMBIGUOUS
 * when a participant and another of them were both named in full since the previous paragraph; else the one
 * participant, else the one named in full since the previous paragraph; else AMBIGUOUS); a
 * pronoun (AMBIGUOUS when two people fit it equally); a plural group of envoys (joint); a role phrase with a
 * nationality (the one participant of that country); an organisation or a capital standing for its government
 * (non-participants).
 */
final class Subjects {

    /** A resolved subject: who, how sure, and the words as written. */
    record Resolution(Attribution attribution, Person person, String asWritten, List<Person> candidates) {
    }

    private static final Pattern PRONOUN = Pattern.compile("\\b([Hh]e|[Ss]he|[Tt]hey)\\b");
    private static final Set<String> ROLE_NOUNS = Set.of(
            "envoy", "negotiator", "official", "representative", "diplomat", "delegate", "counterpart", "side",
            "chief", "deputy", "senior", "special", "top", "their", "this", "that");
    /** One unnamed member of a group ("one of the envoys said"): somebody, not everybody. */
    private static final Pattern ONE_OF = Pattern.compile("\\b(?:[Oo]ne|[Ee]ither|[Nn]either) of\\b");
    private static final Pattern GROUP = Pattern.compile(
            "\\b(?:[Tt]he two|[Tt]he three|[Bb]oth|[Aa]ll three|[Tt]he allies)\\b");

    private final String text;
    private final Gazetteer gazetteer;
    private final People people;
    private final Antecedents antecedents;

    Subjects(String text, Gazetteer gazetteer, People people, Antecedents antecedents) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.people = people;
        this.antecedents = antecedents;
    }

    /** The speaker named by {@code text[start, end)}, or null when those words name none. */
    Resolution resolve(int start, int end, int paragraphStart, int previousParagraphStart, int searchFloor) {
        String span = text.substring(start, end);
        List<Mention> named = people.mentionsIn(start, end);
        if (!named.isEmpty()) {
            return person(named.get(0), paragraphStart, previousParagraphStart);
        }
        Resolution government = capital(start, end);
        if (government != null) {
            return government;
        }
        if (ONE_OF.matcher(span).find()) {
            return new Resolution(Attribution.AMBIGUOUS, null, span.trim(), people.participants());
        }
        Matcher pronoun = PRONOUN.matcher(span);
        if (pronoun.find()) {
            String word = pronoun.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("they")) {
                return joint(span);
            }
            boolean female = word.equals("she");
            List<Person> fits = antecedents.resolve(start + pronoun.start(), female, searchFloor);
            if (fits.size() != 1) {
                return fits.isEmpty() ? null : new Resolution(Attribution.AMBIGUOUS, null, pronoun.group(1), fits);
            }
            fits.get(0).voteGender(female ? Gender.FEMALE : Gender.MALE);
            return of(fits.get(0), pronoun.group(1));
        }
        if (GROUP.matcher(span).find() || pluralRole(span)) {
            return joint(span);
        }
        Resolution organisation = organisation(start, end);
        return organisation != null ? organisation : role(start, end);
    }

    private Resolution person(Mention m, int paragraphStart, int previousParagraphStart) {
        if (m.person() != null) {
            return of(m.person(), m.written());
        }
        List<Person> fits = m.candidates();
        String honorific = PersonFinder.honorificBefore(text, m.start());
        if (honorific != null) {
            boolean female = Words.FEMALE_HONORIFICS.contains(honorific);
            fits = fits.stream().filter(p -> female ? p.gender() != Gender.MALE : p.gender() != Gender.FEMALE).toList();
        }
        List<Person> inParagraph = fits.stream().filter(p -> people.mentionsIn(paragraphStart, m.start()).stream()
                .anyMatch(x -> x.full() && x.person() == p)).toList();
        if (inParagraph.size() == 1) {
            return of(inParagraph.get(0), m.written());
        }
        List<Person> recent = namedInFull(fits, previousParagraphStart, m.start());
        if (recent.size() >= 2 && recent.stream().anyMatch(Person::isParticipant)) {
            return new Resolution(Attribution.AMBIGUOUS, null, m.written(), recent);
        }
        List<Person> taking = fits.stream().filter(Person::isParticipant).toList();
        if (taking.size() == 1) {
            return of(taking.get(0), m.written());
        }
        if (recent.size() == 1) {
            return of(recent.get(0), m.written());
        }
        return new Resolution(Attribution.AMBIGUOUS, null, m.written(), taking.isEmpty() ? fits : taking);
    }

    /** The {@code candidates} named in full in {@code [from, to)}, in order of first such mention. */
    private List<Person> namedInFull(List<Person> candidates, int from, int to) {
        List<Person> named = new ArrayList<>();
        for (Mention x : people.mentionsIn(from, to)) {
            if (x.full() && candidates.contains(x.person()) && !named.contains(x.person())) {
                named.add(x.person());
            }
        }
        return named;
    }

    private static Resolution of(Person p, String written) {
        if (p.isParticipant()) {
            return new Resolution(Attribution.ATTRIBUTED, p, written, List.of());
        }
        return new Resolution(Attribution.NOT_PARTICIPANT, p, p.fullestForm(), List.of());
    }

    private Resolution joint(String span) {
        return new Resolution(Attribution.JOINT, null, span.trim(), people.participants());
    }

    private static boolean pluralRole(String span) {
        for (String w : span.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (Words.PLURAL_ROLE_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Resolution role(int start, int end) {
        boolean role = false;
        boolean outsider = false;
        String country = null;
        for (Gazetteer.Hit hit : gazetteer.find(text, start, end)) {
            switch (hit.entry().kind()) {
                case ROLE -> role = true;
                case OUTSIDER -> outsider = true;
                case COUNTRY, CAPITAL, INSTITUTION -> country = country == null ? hit.entry().code() : country;
                default -> {
                }
            }
        }
        String written = text.substring(start, end).trim();
        if (outsider) {
            return new Resolution(Attribution.NOT_PARTICIPANT, null, written, List.of());
        }
        if (!role) {
            return null;
        }
        if (country == null) {
            return byTitleWords(written);
        }
        String code = country;
        List<Person> fits = people.participants().stream().filter(p -> code.equals(p.country())).toList();
        if (fits.size() == 1) {
            return new Resolution(Attribution.ATTRIBUTED, fits.get(0), written, List.of());
        }
        return new Resolution(fits.isEmpty() ? Attribution.UNKNOWN : Attribution.AMBIGUOUS, null, written, fits);
    }

    /** An organisation that is the head of the subject ("North Korea's official Korean Central News Agency"). */
    /**
     * A role phrase without a nationality ("the ministry official"): the one participant whose title shares its
     * describing word ("director general ... at the foreign ministry").
     */
    private Resolution byTitleWords(String written) {
        List<String> describing = new ArrayList<>();
        for (String w : written.toLowerCase(Locale.ROOT).split("[^a-z\\-]+")) {
            if (w.length() > 3 && !ROLE_NOUNS.contains(w)) {
                describing.add(w);
            }
        }
        List<Person> fits = people.participants().stream().filter(p -> p.title() != null && describing.stream()
                .anyMatch(w -> p.title().toLowerCase(Locale.ROOT).matches("(?s).*\\b" + w + "\\b.*"))).toList();
        if (describing.isEmpty() || fits.size() != 1) {
            return new Resolution(Attribution.UNKNOWN, null, written, List.of());
        }
        return new Resolution(Attribution.ATTRIBUTED, fits.get(0), written, List.of());
    }

    private Resolution organisation(int start, int end) {
        String[] words = text.substring(start, end).trim().split("\\s+");
        int org = -1;
        for (int i = 0; i < words.length; i++) {
            if (Words.ORGANISATION_NOUNS.contains(words[i].replaceAll("[^\\p{L}]", ""))) {
                org = i;
            }
        }
        if (org < 0) {
            return null;
        }
        for (Gazetteer.Hit hit : gazetteer.find(text, start, end)) {
            boolean personRole = hit.entry().kind() == Gazetteer.Kind.ROLE || hit.entry().kind() == Gazetteer.Kind.OUTSIDER;
            if (personRole && wordIndex(start, hit.start()) > org) {
                return null;
            }
        }
        return new Resolution(Attribution.NOT_PARTICIPANT, null, organisation(words, org), List.of());
    }

    private int wordIndex(int start, int at) {
        String before = text.substring(start, at).trim();
        return before.isEmpty() ? 0 : before.split("\\s+").length;
    }

    /** A capital as the subject, standing for its government ("Moscow, for its part, said", "Moscow has long argued"). */
    private Resolution capital(int start, int end) {
        List<Gazetteer.Hit> hits = gazetteer.find(text, start, end);
        if (hits.isEmpty() || hits.get(0).entry().kind() != Gazetteer.Kind.CAPITAL
                || !text.substring(start, hits.get(0).start()).isBlank()) {
            return null;
        }
        Gazetteer.Hit hit = hits.get(0);
        String rest = text.substring(hit.end(), end);
        boolean describesSomeone = hits.stream().anyMatch(h -> h.entry().kind() == Gazetteer.Kind.ROLE
                || h.entry().kind() == Gazetteer.Kind.OUTSIDER);
        if (!rest.startsWith(",") && (rest.startsWith("'") || rest.startsWith("’") || describesSomeone
                || rest.matches("(?s).*\\p{Lu}.*"))) {
            return null;
        }
        return new Resolution(Attribution.NOT_PARTICIPANT, null, text.substring(hit.start(), hit.end()), List.of());
    }

    /** The capitalised run ending at {@code words[last]}, possessives included ("North Korea's Foreign Ministry"). */
    private static String organisation(String[] words, int last) {
        int first = last;
        while (first > 0 && !words[first - 1].isEmpty() && Character.isUpperCase(words[first - 1].charAt(0))
                && !words[first - 1].equals("The")) {
            first--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            sb.append(i > first ? " " : "").append(words[i]);
        }
        return sb.toString().replaceAll("[,.;:]+$", "");
    }
}
