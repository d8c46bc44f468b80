package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.lexicon.Words;
import io.envoys.ingestion.speaker.Person.Gender;
import io.envoys.ingestion.text.Paragraphs.Paragraph;
import io.envoys.ingestion.text.Sentences;

/**
 * Reads what the article says about each person from the words around their names: the title before the name
 * ("South Korea's top nuclear envoy Park Min-seo") or after it (", the U.S. special representative for North
 * Korea,", "of Japan's foreign ministry"), giving role, country and the title as written; honorifics and pronouns
 * that refer back to the subject ("Park, chairing her first session", "Park said she") and gendered nouns ("a
 * father of three") giving gender; a counterpart description ("her Japanese counterpart") giving role and country but
 * no title; meeting sentences, photo captions and "his US and Japanese counterparts, Joseph Yun and Kenji Kanasugi"
 * lists giving presence and countries; a sentence moving to another meeting ("Later in the day, ...") marks the people it
 * introduces as not taking part. Country words after "for", "on", "to" (a portfolio, not a nationality) are ignored.
 */
public final class Profiler {

    private static final Set<String> PORTFOLIO_PREPOSITIONS = Set.of(
            "for", "on", "to", "toward", "towards", "with", "against", "about", "over", "into", "from");
    private static final Set<String> PREFIX_STOPS = Set.of(
            "met", "meets", "hosted", "hosts", "welcomed", "welcomes", "greets", "greeted", "received", "said", "told", "joined", "with", "by",
            "that", "who", "says", "urged", "between", "including", "on", "to", "at", "about",
            "in", "into", "from", "after", "before", "during", "briefed");
    private static final Pattern CAPTION = Pattern.compile(
            "\\((?:L|C|R|left|center|centre|right|2nd [LR])\\)|\\bposes?\\b|\\bpose for\\b");
    private static final Pattern SHIFT = Pattern.compile(
            "\\s*(?:Later|Earlier|Separately|Afterwards|After the (?:meeting|talks)|The (?:next|following|previous) day)\\b");
    private static final Pattern POSITION_MARKER = Pattern.compile(" \\((?:L|C|R|left|right|center|centre)\\)");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:due to|will|scheduled to|expected to|plans? to|is to|are to|would)\\b");
    private static final Pattern COUNTERPARTS = Pattern.compile(
            "\\b(?:his|her|their)\\s+([^,.;]{1,60}?)\\s+counterparts?,?\\s+");
    private static final Pattern PRONOUN_AFTER_VERB = Pattern.compile(
            "^\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+(?:\\s+(?:up|down|over|out|on))?\\s+(his|her)\\b");
    private static final Pattern SAID_PRONOUN = Pattern.compile(
            "^\\s+(?:said|told \\p{Ll}+|added|says)(?: that)?\\s+(he|she)\\b");
    private static final Pattern COUNTERPART_DESCRIPTION = Pattern.compile("(?:his|her|their)\\b.*\\bcounterparts?");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "whose", "its", "my", "our");
    private static final Pattern HE_SHE = Pattern.compile("\\b(his|her|he|she|him)\\b");

    private final Gazetteer gazetteer;

    /** Uses {@code gazetteer} for country, role and outsider words. */
    public Profiler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Fills in every person's title, role, country, gender and presence from {@code text}. */
    public void profile(String text, List<Paragraph> paragraphs, People people) {
        for (Mention m : people.mentions()) {
            Paragraph p = paragraphOf(paragraphs, m.start());
            if (p == null) {
                continue;
            }
            honorific(text, m);
            if (m.person() == null) {
                continue;
            }
            prefixTitle(text, p, m, people);
            appositive(text, p, m, people);
            pronounAfter(text, p, m, people);
            presence(text, p, m);
        }
        for (Paragraph p : paragraphs) {
            counterparts(text, p, people);
            otherMeeting(text, p, people);
        }
        for (Person person : people.persons()) {
            if (person.country() == null) {
                String guess = NameShapes.country(person.usualForm());
                if (guess != null) {
                    person.voteCountry(guess);
                }
            }
        }
        unclaimedCountry(text, people);
    }

    /**
     * A sentence that moves the story to another meeting ("Later in the day, Kim Gunn met Takehiro Funakoshi"): the
     * people first named there did not take part in the meeting the lead reports.
     */
    private static void otherMeeting(String text, Paragraph p, People people) {
        int s = p.start();
        while (s < p.end()) {
            int e = Sentences.endAfter(text, s, p.end());
            if (SHIFT.matcher(text).region(s, e).lookingAt()) {
                for (Mention m : people.mentionsIn(s, e)) {
                    if (m.person() != null && m.full() && m.person().firstMention() >= s) {
                        m.person().markElsewhere();
                    }
                }
            }
            s = e;
        }
    }

    /**
     * When exactly one participant has no country and the article's role phrases ("The top U.S. envoy") or
     * institutions name exactly one country no participant holds, that is theirs.
     */
    private void unclaimedCountry(String text, People people) {
        List<Person> unknown = people.participants().stream().filter(x -> x.country() == null).toList();
        if (unknown.size() != 1) {
            return;
        }
        Set<String> claimed = new HashSet<>();
        people.participants().forEach(x -> claimed.add(x.country()));
        Set<String> open = new LinkedHashSet<>();
        List<Gazetteer.Hit> hits = gazetteer.find(text, 0, text.length());
        for (int i = 0; i < hits.size(); i++) {
            Gazetteer.Hit h = hits.get(i);
            boolean national = h.entry().kind() == Gazetteer.Kind.COUNTRY || h.entry().kind() == Gazetteer.Kind.CAPITAL;
            boolean roleNext = i + 1 < hits.size() && hits.get(i + 1).entry().kind() == Gazetteer.Kind.ROLE
                    && hits.get(i + 1).start() - h.end() < 25
                    && text.substring(h.end(), hits.get(i + 1).start()).matches("[\\p{L}'’. ]*");
            if ((national && roleNext || h.entry().kind() == Gazetteer.Kind.INSTITUTION)
                    && !claimed.contains(h.entry().code())) {
                open.add(h.entry().code());
            }
        }
        if (open.size() == 1) {
            unknown.get(0).voteCountry(open.iterator().next());
        }
    }

    private static Paragraph paragraphOf(List<Paragraph> paragraphs, int offset) {
        for (Paragraph p : paragraphs) {
            if (p.contains(offset)) {
                return p;
            }
        }
        return null;
    }

    private static void honorific(String text, Mention m) {
        String h = PersonFinder.honorificBefore(text, m.start());
        if (h != null) {
            if (m.person() != null) {
                m.person().voteGender(Words.MALE_HONORIFICS.contains(h) ? Gender.MALE : Gender.FEMALE);
            }
        }
    }

    private void prefixTitle(String text, Paragraph p, Mention m, People people) {
        int floor = Sentences.startBefore(text, p.start(), m.start());
        for (Mention other : people.mentionsIn(floor, m.start())) {
            floor = Math.max(floor, other.end());
        }
        int start = titleStart(text, floor, m.start());
        if (start == m.start() && m.start() - 2 > floor && text.startsWith(", ", m.start() - 2)) {
            int commaTitleStart = titleStart(text, floor, m.start() - 2);
            if (commaTitleStart < m.start() - 2) {
                describe(text, commaTitleStart, m.start() - 2, m.person(), true);
            }
            return;
        }
        String honorific = PersonFinder.honorificBefore(text, m.start());
        if (start < m.start() && !(honorific != null && start == m.start() - honorific.length() - 1)) {
            describe(text, start, m.start(), m.person(), true);
        }
    }

    /**
     * Where the title words before {@code end} begin: back to punctuation, a verb such as "met", a preposition, an
     * "and" right before the name, or 12 words.
     */
    private static int titleStart(String text, int floor, int end) {
        int start = end;
        int words = 0;
        while (start > floor && words < 12) {
            int i = start - 1;
            while (i >= floor && text.charAt(i) == ' ') {
                i--;
            }
            if (i < floor || ",;:()\"“”—–-".indexOf(text.charAt(i)) >= 0) {
                break;
            }
            int wordStart = i;
            while (wordStart > floor && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, i + 1);
            if (PREFIX_STOPS.contains(word) || word.equals("and") && start == end) {
                break;
            }
            start = wordStart;
            words++;
        }
        return start;
    }

    private void appositive(String text, Paragraph p, Mention m, People people) {
        int at = m.end();
        Matcher marker = POSITION_MARKER.matcher(text).region(at, p.end());
        if (marker.lookingAt()) {
            at = marker.end();
        }
        if (text.startsWith(" of ", at)) {
            int end = affiliationEnd(text, at + 1, p.end(), people);
            describe(text, at + 1, end, m.person(), false);
            return;
        }
        if (!text.startsWith(", ", at)) {
            return;
        }
        int start = at + 2;
        int end = clauseEnd(text, start, p.end());
        if (end <= start || !people.mentionsIn(start, end).isEmpty()) {
            return;
        }
        String clause = text.substring(start, end);
        Matcher pronoun = HE_SHE.matcher(clause);
        if (pronoun.find()) {
            m.person().voteGender(pronoun.group(1).startsWith("h") && !pronoun.group(1).equals("her")
                    ? Gender.MALE : Gender.FEMALE);
        }
        describe(text, start, end, m.person(), false);
    }

    private static int clauseEnd(String text, int from, int ceiling) {
        for (int i = from; i < ceiling; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == '"' || c == '“' || Sentences.endsSentence(text, i)) {
                return i;
            }
        }
        return ceiling;
    }

    /** End of an "of ..." affiliation: the clause end, " at ", " in ", " on ", or " and " before another name. */
    private static int affiliationEnd(String text, int from, int ceiling, People people) {
        int end = clauseEnd(text, from, ceiling);
        for (int i = from; i < end; i++) {
            if (text.startsWith(" at ", i) || text.startsWith(" in ", i) || text.startsWith(" on ", i)
                    || text.startsWith(" and ", i) && !people.mentionsIn(i + 5, i + 6).isEmpty()) {
                return i;
            }
        }
        return end;
    }

    /**
     * Reads role, outsider and country words in {@code text[start, end)} as a description of {@code person}; an
     * affiliation ("of Japan's foreign ministry") with an organisation noun counts as a participant's role.
     */
    private void describe(String text, int start, int end, Person person, boolean before) {
        person.voteGender(genderNoun(text.substring(start, end)));
        boolean affiliation = text.startsWith("of ", start);
        boolean role = affiliation && Arrays.stream(text.substring(start, end).split("[^\\p{L}]+"))
                .anyMatch(Words.ORGANISATION_NOUNS::contains);
        boolean outsider = false;
        String country = null;
        for (Gazetteer.Hit hit : gazetteer.find(text, start, end)) {
            switch (hit.entry().kind()) {
                case ROLE -> role = true;
                case OUTSIDER -> outsider = true;
                case COUNTRY, CAPITAL, INSTITUTION -> {
                    role |= hit.entry().kind() == Gazetteer.Kind.INSTITUTION;
                    if (country == null && !afterPortfolioPreposition(text, start, hit.start())) {
                        country = hit.entry().code();
                    }
                }
                default -> {
                }
            }
        }
        if (!role && !outsider) {
            boolean shortPrefix = before && text.substring(start, end).trim().split("\\s+").length <= 3;
            if (country != null && (shortPrefix || affiliation)) {
                person.voteCountry(country);
            }
            return;
        }
        person.markRole(role, outsider);
        if (country != null) {
            person.voteCountry(country);
        }
        String title = text.substring(start, end).trim().replaceFirst("^(?:and|or|but) ", "");
        boolean counterpart = COUNTERPART_DESCRIPTION.matcher(title).matches();
        if (!title.isEmpty() && !counterpart && (before || !title.startsWith("who "))) {
            person.offerTitle(title, text.indexOf(title, start));
        }
    }

    /**
     * The gender a noun of {@code description} shows ("a father of three", "the spokeswoman"), or UNKNOWN; a noun after
     * a possessive ("whose husband", "his sister") is about someone else.
     */
    private static Gender genderNoun(String description) {
        String[] words = description.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+");
        for (int i = 0; i < words.length; i++) {
            boolean possessed = i > 0 && (POSSESSIVES.contains(words[i - 1]) || words[i - 1].matches(".*['’]s"));
            if (!possessed && Words.FEMALE_NOUNS.contains(words[i])) {
                return Gender.FEMALE;
            }
            if (!possessed && Words.MALE_NOUNS.contains(words[i])) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    private static boolean afterPortfolioPreposition(String text, int floor, int at) {
        String before = text.substring(floor, at).trim().toLowerCase(Locale.ROOT);
        String[] words = before.split("\\s+");
        int n = words.length;
        return n >= 1 && PORTFOLIO_PREPOSITIONS.contains(words[n - 1])
                || n >= 2 && words[n - 1].equals("the") && PORTFOLIO_PREPOSITIONS.contains(words[n - 2]);
    }

    private static void pronounAfter(String text, Paragraph p, Mention m, People people) {
        Person person = m.person();
        if (person == null) {
            return;
        }
        int at = m.end();
        if (text.startsWith(", ", at)) {
            int close = text.indexOf(", ", at + 2);
            if (close > 0 && close < p.end() && close - at < 160 && people.mentionsIn(at, close).isEmpty()) {
                at = close + 1;
            }
        }
        String rest = text.substring(at, Math.min(p.end(), at + 60));
        Matcher verb = PRONOUN_AFTER_VERB.matcher(rest);
        Matcher said = SAID_PRONOUN.matcher(rest);
        String pronoun = verb.find() ? verb.group(1) : said.find() ? said.group(1) : null;
        if (pronoun != null) {
            person.voteGender(pronoun.equals("his") || pronoun.equals("he") ? Gender.MALE : Gender.FEMALE);
        }
    }

    private static void presence(String text, Paragraph p, Mention m) {
        int from = Sentences.startBefore(text, p.start(), m.start());
        int to = Sentences.endAfter(text, m.end(), p.end());
        String sentence = text.substring(from, to);
        boolean meeting = false;
        if (FUTURE.matcher(sentence).find()) {
            return;
        }
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            meeting |= Words.MEETING_VERBS.contains(w);
        }
        boolean caption = CAPTION.matcher(text.substring(p.start(), p.end())).find();
        if ((meeting || caption) && m.person() != null) {
            m.person().markPresent();
        }
    }

    private void counterparts(String text, Paragraph p, People people) {
        Matcher cm = COUNTERPARTS.matcher(text).region(p.start(), p.end());
        while (cm.find()) {
            List<String> codes = new ArrayList<>();
            for (Gazetteer.Hit hit : gazetteer.find(text, cm.start(1), cm.end(1))) {
                if (hit.entry().code() != null && hit.entry().kind() != Gazetteer.Kind.NEUTRAL) {
                    codes.add(hit.entry().code());
                }
            }
            List<Person> named = new ArrayList<>();
            int cursor = cm.end();
            for (Mention m : people.mentionsIn(cm.end(), p.end())) {
                String gap = text.substring(cursor, m.start());
                if (!(gap.isEmpty() || gap.equals(", ") || gap.equals(" and ") || gap.equals(", and "))
                        || m.person() == null) {
                    break;
                }
                named.add(m.person());
                cursor = m.end();
            }
            for (int i = 0; i < named.size(); i++) {
                named.get(i).markRole(true, false);
                if (codes.size() == named.size()) {
                    named.get(i).voteCountry(codes.get(i));
                }
            }
        }
    }
}
