package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.envoys.ingestion.lexicon.Gazetteer;
import io.envoys.ingestion.lexicon.Words;
import io.envoys.ingestion.quote.Passage;
import io.envoys.ingestion.text.Paragraphs.Paragraph;
import io.envoys.ingestion.text.Sentences;

/**
 * Finds each quote's cue and speaker. A transcript turn's cue is its label. A quotation is attributed, in this
 * order, by the words after it in its sentence ({@code "…," the Japanese envoy said}, {@code "…," said Kim}), by
 * the words before it ({@code Whitcombe said Washington's sanctions would "…"}, {@code Sung Kim also said: "…"}),
 * as the continuation of the quote before it in the paragraph (no cue in between), or of a quote left open at the
 * end of the previous paragraph; a quote left open with no cue takes the cue of the next paragraph's quote. Anything
 * else is {@link Attribution#UNKNOWN}. Not thread-safe: one instance per draft.
 */
public final class Attributor {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern CONJUNCTION = Pattern.compile("(?:and|but|while|as|which|because|so|or)\\b");
    private static final Pattern QA_TURN = Pattern.compile("(?:Q|QUESTION|A|ANSWER):\\s");
    private static final Set<String> ANSWER_LABELS = Set.of("A", "ANSWER");

    private final String text;
    private final List<Paragraph> paragraphs;
    private final People people;
    private final Antecedents antecedents;
    private final Subjects subjects;

    /** Prepares to attribute the quotes of {@code text}, whose people are {@code people}. */
    public Attributor(String text, List<Paragraph> paragraphs, People people, Gazetteer gazetteer) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.people = people;
        this.antecedents = new Antecedents(text, people);
        this.subjects = new Subjects(text, gazetteer, people, antecedents);
    }

    /** Speakers for {@code passages} (speech only, in article order), in the same order. */
    public List<Attributed> attribute(List<Passage> passages) {
        List<Attributed> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            Passage prev = i > 0 ? passages.get(i - 1) : null;
            Passage next = i + 1 < passages.size() ? passages.get(i + 1) : null;
            Attributed a = p.kind() == Passage.Kind.TURN ? turn(p) : quotation(p, prev, next, out);
            if (a.speaker() != null && a.cueStart() >= 0) {
                antecedents.spoke(a.cueStart(), a.speaker());
            }
            out.add(a);
        }
        carryOpenQuotesForward(out);
        return out;
    }

    private Attributed turn(Passage p) {
        String[] label = p.label().split("\\s+");
        String key = label[label.length - 1].toLowerCase(Locale.ROOT).replace(".", "");
        List<Person> fits = ANSWER_LABELS.contains(p.label()) ? interviewee(p)
                : people.persons().stream().filter(x -> x.keys().contains(key)).toList();
        int cueEnd = p.open() + p.label().length() + 1;
        if (fits.size() == 1) {
            Person person = fits.get(0);
            person.markPresent();
            if (person.keys().contains(key)) {
                person.countSingleUse(key);
            }
            return new Attributed(p, Attribution.ATTRIBUTED, person, p.label(), List.of(), p.open(), cueEnd,
                    false, false);
        }
        Attribution a = fits.isEmpty() ? Attribution.UNKNOWN : Attribution.AMBIGUOUS;
        return new Attributed(p, a, null, p.label(), fits, p.open(), cueEnd, false, false);
    }

    /** Who answers in a Q-and-A excerpt: the first person named in the reporter's paragraph introducing it. */
    private List<Person> interviewee(Passage p) {
        for (int i = p.paragraph() - 1; i >= 0; i--) {
            Paragraph para = paragraphs.get(i);
            if (!QA_TURN.matcher(text.substring(para.start(), para.end())).lookingAt()) {
                List<Mention> named = people.mentionsIn(para.start(), para.end());
                return named.isEmpty() || named.get(0).person() == null ? List.of() : List.of(named.get(0).person());
            }
        }
        return List.of();
    }

    private Attributed quotation(Passage p, Passage prev, Passage next, List<Attributed> done) {
        Paragraph para = paragraphs.get(p.paragraph());
        boolean prevHere = prev != null && prev.paragraph() == p.paragraph();
        int gapStart = prevHere ? prev.close() + 1 : para.start();
        int sentenceStart = Sentences.startBefore(text, gapStart, p.open());
        String pre = text.substring(sentenceStart, p.open());
        boolean partial = partial(p, pre);
        Attributed cued = after(p, next, para, partial);
        if (cued == null || sourcing(cued)) {
            Attributed speaker = before(p, sentenceStart, para, partial);
            cued = speaker != null ? speaker : cued;
        }
        if (cued != null) {
            return cued;
        }
        Attributed last = done.isEmpty() ? null : done.get(done.size() - 1);
        int gapFrom = prevHere ? Math.max(prev.close() + 1, last == null ? 0 : Math.min(p.open(), last.cueEnd())) : 0;
        boolean speechBetween = prevHere && hasSpeechVerb(text.substring(gapFrom, p.open()));
        boolean newSubject = prevHere && !people.mentionsIn(gapFrom, p.open()).isEmpty();
        if (prevHere && last != null && last.resolved() && !speechBetween && !newSubject) {
            return last.carriedTo(p, lowerStart(p), true);
        }
        if (!prevHere && prev != null && prev.kind() == Passage.Kind.UNCLOSED && prev.paragraph() == p.paragraph() - 1
                && last != null && last.resolved() && pre.isBlank()) {
            return last.carriedTo(p, lowerStart(p), true);
        }
        Attributed subject = earlierSubject(p, gapStart, para, partial);
        if (subject != null) {
            return subject;
        }
        return new Attributed(p, Attribution.UNKNOWN, null, null, List.of(), -1, -1, partial, false);
    }

    /** True when the cue names where the words were reported ("according to state media", "... reported"). */
    private boolean sourcing(Attributed a) {
        String cue = text.substring(a.cueStart(), a.cueEnd());
        return cue.startsWith("according to") || cue.contains(" reported");
    }

    /** A quote is partial unless it starts its sentence, follows "said:" / "said,", or is a turn. */
    private boolean partial(Passage p, String pre) {
        if (lowerStart(p)) {
            return true;
        }
        String before = pre.trim();
        if (before.isEmpty()) {
            return false;
        }
        if (before.endsWith(":")) {
            return false;
        }
        return !(before.endsWith(",") && hasSpeechVerb(before));
    }

    private boolean lowerStart(Passage p) {
        return p.end() > p.start() && Character.isLowerCase(text.charAt(p.start()));
    }

    /**
     * The cue after the closing mark, when the quote hands over to it with a comma, "?" or "!" and the words after it
     * do not open a new clause ("and officials said ...").
     */
    private Attributed after(Passage p, Passage next, Paragraph para, boolean partial) {
        if (p.kind() != Passage.Kind.CLOSED) {
            return null;
        }
        char lastInside = text.charAt(p.close() - 1);
        boolean handsOver = lastInside == ',' || lastInside == '?' || lastInside == '!'
                || p.close() + 1 < text.length() && text.charAt(p.close() + 1) == ',';
        if (!handsOver) {
            return null;
        }
        int from = p.close() + 1;
        while (from < para.end() && (text.charAt(from) == ',' || text.charAt(from) == ' ')) {
            from++;
        }
        if (CONJUNCTION.matcher(text).region(from, para.end()).lookingAt()) {
            return null;
        }
        int ceiling = next != null && next.paragraph() == p.paragraph() ? next.open() : para.end();
        int to = Sentences.endAfter(text, from, ceiling);
        Matcher w = WORD.matcher(text).region(from, to);
        int count = 0;
        while (w.find() && count++ < 30) {
            if (!Words.SPEECH_VERBS.contains(w.group())) {
                continue;
            }
            if (w.start() == from) {
                int end = phraseEnd(w.end(), to);
                return resolved(p, w.end(), end, from, end, para, partial);
            }
            return resolved(p, from, w.start(), from, phraseEnd(w.end(), to), para, partial);
        }
        return null;
    }

    /** The cue before the opening mark: the first speech verb of the sentence and the words before it. */
    private Attributed before(Passage p, int sentenceStart, Paragraph para, boolean partial) {
        Matcher w = WORD.matcher(text).region(sentenceStart, p.open());
        while (w.find()) {
            String word = w.group();
            if (word.equals("according") && text.startsWith(" to ", w.end())) {
                int from = w.end() + 4;
                int end = phraseEnd(from, p.open());
                return resolved(p, from, end, w.start(), end, para, partial);
            }
            if (Words.SPEECH_VERBS.contains(word) && !word.equals("according") && w.start() > sentenceStart) {
                return resolved(p, sentenceStart, w.start(), sentenceStart, trimEnd(p.open()), para, partial);
            }
        }
        return null;
    }

    /** With no cue at all: the subject of the last reporter sentence before the quote in its paragraph. */
    private Attributed earlierSubject(Passage p, int gapStart, Paragraph para, boolean partial) {
        if (gapStart != para.start() || p.open() == para.start()) {
            return null;
        }
        int sentence = Sentences.startBefore(text, para.start(), Math.max(para.start(), p.open() - 2));
        List<Mention> named = people.mentionsIn(sentence, p.open());
        if (named.isEmpty() || named.get(0).start() - sentence > 3) {
            return null;
        }
        Mention m = named.get(0);
        return resolved(p, m.start(), m.end(), m.start(), m.end(), para, partial);
    }

    private Attributed resolved(Passage p, int subjectStart, int subjectEnd, int cueStart, int cueEnd,
            Paragraph para, boolean partial) {
        int floor = paragraphs.get(Math.max(0, para.index() - 3)).start();
        int previous = paragraphs.get(Math.max(0, para.index() - 1)).start();
        Subjects.Resolution r = subjects.resolve(subjectStart, subjectEnd, para.start(), previous, floor);
        if (r == null) {
            return null;
        }
        while (cueStart < cueEnd && Character.isWhitespace(text.charAt(cueStart))) {
            cueStart++;
        }
        return new Attributed(p, r.attribution(), r.person(), r.asWritten(), r.candidates(), cueStart,
                Math.max(cueStart, cueEnd), partial, false);
    }

    /** End of a cue phrase: the next comma, semicolon or sentence end. */
    private int phraseEnd(int from, int ceiling) {
        for (int i = from; i < ceiling; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || Sentences.endsSentence(text, i)) {
                return i;
            }
        }
        return ceiling;
    }

    private int trimEnd(int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean hasSpeechVerb(String s) {
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            if (Words.SPEECH_VERBS.contains(w.group())) {
                return true;
            }
        }
        return false;
    }

    /** A quote left open at the end of its paragraph with no cue takes the next paragraph's first quote's cue. */
    private static void carryOpenQuotesForward(List<Attributed> out) {
        for (int i = out.size() - 2; i >= 0; i--) {
            Attributed a = out.get(i);
            Attributed next = out.get(i + 1);
            if (a.passage().kind() == Passage.Kind.UNCLOSED && !a.resolved() && next.resolved()
                    && next.passage().paragraph() == a.passage().paragraph() + 1) {
                out.set(i, next.carriedTo(a.passage(), a.partial(), false));
            }
        }
    }
}
