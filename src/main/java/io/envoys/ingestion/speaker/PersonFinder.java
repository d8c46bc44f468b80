package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.lexicon.Words;
import io.envoys.ingestion.text.Paragraphs.Paragraph;
import io.envoys.ingestion.text.Tokens;
import io.envoys.ingestion.text.Tokens.Token;

/**
 * Finds the people an article names, in the reporter's prose only (quoted words are skipped): runs of two or more
 * capitalised name words ("Park Min-seo", "Daniel J. Whitcombe") are full names, merged when they name the same
 * person ({@link NameKeys#same}); a single name word ("Kim", "Funakosi") is a mention of every person it fits, or of a
 * new person when an honorific stands before it ("Mr Lee"). Titles, places, nationalities, organisations and calendar
 * words are never part of a name; a first line in title case (a headline) is not read for names.
 */
public final class PersonFinder {

    private static final Set<String> LABEL_TITLES = Set.of(
            "DIRECTOR", "SENIOR", "SPECIAL", "DEPUTY", "AMBASSADOR", "ENVOY", "MINISTER", "SECRETARY", "REPRESENTATIVE",
            "ASSISTANT", "UNDERSECRETARY", "CHIEF", "DR");

    private final Gazetteer gazetteer;

    /** Uses {@code gazetteer} to keep places and nationalities out of names. */
    public PersonFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The people in {@code text}.
     *
     * @param paragraphs the article's paragraphs
     * @param quoted     {@code [start, end)} pairs to skip: quoted passages, a dateline's source
     * @param labels     transcript speaker labels ("MR. TANABE", "DIRECTOR GENERAL LEE") by offset
     */
    public People find(String text, List<Paragraph> paragraphs, List<int[]> quoted, Map<Integer, String> labels) {
        List<List<Token>> runs = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!titleCaseHeadline(text, p)) {
                runs.addAll(nameRuns(text, p, quoted));
            }
        }
        List<Person> persons = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (List<Token> run : runs) {
            if (run.size() >= 2) {
                addFull(text, run, persons, mentions);
            }
        }
        for (List<Token> run : runs) {
            if (run.size() == 1) {
                addSingle(text, run.get(0), persons, mentions);
            }
        }
        labels.forEach((offset, label) -> addLabel(offset, label, persons, mentions));
        return new People(persons, mentions);
    }

    private void addFull(String text, List<Token> run, List<Person> persons, List<Mention> mentions) {
        int start = run.get(0).start();
        int end = run.get(run.size() - 1).start() + run.get(run.size() - 1).text().length();
        String written = text.substring(start, end);
        List<String> keys = NameKeys.of(written);
        Person person = persons.stream().filter(p -> NameKeys.same(p.keys(), keys)).findFirst().orElse(null);
        if (person == null) {
            person = new Person(written, keys, start, end);
            persons.add(person);
        } else {
            person.addForm(written, start, end);
        }
        mentions.add(new Mention(start, end, written, List.of(person), true));
    }

    private void addSingle(String text, Token token, List<Person> persons, List<Mention> mentions) {
        String key = NameKeys.of(token.text()).stream().findFirst().orElse(null);
        if (key == null) {
            return;
        }
        int end = token.start() + token.text().length();
        List<Person> exact = persons.stream().filter(p -> p.keys().contains(key)).toList();
        List<Person> fits = exact.isEmpty()
                ? persons.stream().filter(p -> NameKeys.matchesOne(key, p.keys())).toList()
                : exact;
        if (fits.isEmpty() && honorificBefore(text, token.start()) != null) {
            Person person = new Person(token.text(), List.of(key), token.start(), end);
            persons.add(person);
            fits = List.of(person);
        }
        if (fits.isEmpty()) {
            return;
        }
        for (Person p : fits) {
            p.countSingleUse(exact.isEmpty() ? p.keys().stream().filter(k -> NameKeys.close(k, key)).findFirst()
                    .orElse(key) : key);
        }
        mentions.add(new Mention(token.start(), end, token.text(), fits, false));
    }

    /** A headline in title case ("Pak Hosts Trilateral Consultation"): its capitals say nothing about names. */
    private static boolean titleCaseHeadline(String text, Paragraph p) {
        String line = text.substring(p.start(), p.end());
        if (p.index() > 0 || line.matches("(?s).*[.!?\"”]\\s*$")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String w : line.split("\\s+")) {
            if (w.length() > 3) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && line.split("\\s+").length <= 20 && capitalised * 10 >= words * 7;
    }

    /**
     * A transcript label names its speaker by family name: a mention of the person with that name, or, when the label
     * carries an honorific or a title ("MR. TANABE", "SENIOR OFFICIAL PAK"), a new person known by that name only.
     */
    private static void addLabel(int offset, String label, List<Person> persons, List<Mention> mentions) {
        String[] words = label.split("\\s+");
        String last = words[words.length - 1];
        String key = last.toLowerCase(Locale.ROOT).replace(".", "");
        if (words.length < 2 || key.length() < 2) {
            return;
        }
        int start = offset + label.length() - last.length();
        String written = last.charAt(0) + last.substring(1).toLowerCase(Locale.ROOT);
        List<Person> fits = persons.stream().filter(p -> p.keys().contains(key)).toList();
        if (fits.isEmpty()) {
            String first = words[0].replace(".", "");
            boolean male = first.equals("MR");
            boolean female = first.equals("MS") || first.equals("MRS");
            if (!male && !female && !LABEL_TITLES.contains(first)) {
                return;
            }
            Person person = new Person(written, List.of(key), start, start + last.length());
            person.voteGender(male ? Person.Gender.MALE : female ? Person.Gender.FEMALE : Person.Gender.UNKNOWN);
            persons.add(person);
            fits = List.of(person);
        }
        mentions.add(new Mention(start, start + last.length(), written, fits, false));
    }

    /** The honorific ("Mr", "Ms.") written right before {@code at}, or null. */
    static String honorificBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        String word = text.substring(i + 1, wordEnd);
        if (Words.MALE_HONORIFICS.contains(word) || Words.FEMALE_HONORIFICS.contains(word)) {
            return word;
        }
        return null;
    }

    private List<List<Token>> nameRuns(String text, Paragraph p, List<int[]> quoted) {
        List<Token> tokens = Tokens.of(text, p.start(), p.end());
        Set<Integer> placeWords = placeWordStarts(text, p);
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        Token previous = null;
        for (Token t : tokens) {
            boolean usable = !inside(quoted, t.start()) && nameWord(t, placeWords);
            boolean joined = previous != null && !previous.possessive()
                    && text.substring(previous.end(), t.start()).equals(" ");
            if (!usable || !joined) {
                flush(run, runs);
            }
            if (usable) {
                run.add(t);
            }
            previous = t;
        }
        flush(run, runs);
        return runs;
    }

    private static void flush(List<Token> run, List<List<Token>> runs) {
        while (!run.isEmpty() && run.get(run.size() - 1).initial()) {
            run.remove(run.size() - 1);
        }
        while (!run.isEmpty() && run.get(0).initial()) {
            run.remove(0);
        }
        if (!run.isEmpty()) {
            runs.add(new ArrayList<>(run));
        }
        run.clear();
    }

    private Set<Integer> placeWordStarts(String text, Paragraph p) {
        Set<Integer> starts = new HashSet<>();
        for (Gazetteer.Hit hit : gazetteer.find(text, p.start(), p.end())) {
            if (hit.entry().kind() != Gazetteer.Kind.ROLE && hit.entry().kind() != Gazetteer.Kind.OUTSIDER) {
                for (Token t : Tokens.of(text, hit.start(), hit.end())) {
                    starts.add(t.start());
                }
            }
        }
        return starts;
    }

    private boolean nameWord(Token t, Set<Integer> placeWords) {
        String w = t.text();
        if (t.initial()) {
            return true;
        }
        if (!t.capitalised() || placeWords.contains(t.start()) || w.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (Words.NOT_NAME.contains(w) || Words.TITLE_WORDS.contains(w) || w.endsWith(".")) {
            return false;
        }
        for (String part : w.split("-")) {
            if (part.length() >= 2 && part.equals(part.toUpperCase(Locale.ROOT)) || gazetteer.lookup(part).isPresent()
                    || Words.TITLE_WORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }
}
