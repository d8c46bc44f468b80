package io.envoys.ingestion.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.envoys.ingestion.lexicon.Words;
import io.envoys.ingestion.text.Sentences;

/**
 * Tells speech from quoted words that are not speech. A passage of up to eight words written as a title (every main
 * word capitalised: "Extended Deterrence Playbook", "Pyongyang Joint Declaration of September 2018") is not speech,
 * unless it opens a sentence. A shorter one (four words or fewer, no sentence inside) is not speech when it is named
 * ("so-called", "dubbed" before it), or a scare quote: one or two words used as a modifier, with the
 * noun they modify right after the closing mark ("a “hypersonic” missile"), or a lower-case name of up to three words
 * after a determiner in a sentence without a speech verb before it ("Seoul's push for an “end-of-war declaration”").
 */
final class NonSpeech {

    private static final Pattern DETERMINER = Pattern.compile("(?:\\b(?:the|a|an|its|their|his|her)|['’]s) $");
    private static final Set<String> MINOR = Set.of("of", "the", "a", "an", "and", "for", "on", "in", "to", "at", "de");

    private NonSpeech() {
    }

    static Passage classify(String text, Passage p) {
        String words = text.substring(p.start(), p.end());
        String[] tokens = words.split("\\s+");
        if (tokens.length > 8 || words.matches(".*[.!?;:]\\S*\\s.*") || words.isBlank()) {
            return p;
        }
        if (titleCase(tokens) && !sentenceStart(text, p.open())) {
            return p.notSpeech();
        }
        if (tokens.length > 4) {
            return p;
        }
        String before = lastWord(text, p.open());
        if (Words.NAMING_WORDS.contains(before.toLowerCase(Locale.ROOT))
                || text.substring(Math.max(0, p.open() - 9), p.open()).toLowerCase(Locale.ROOT).endsWith("known as ")) {
            return p.notSpeech();
        }
        if (tokens.length <= 3 && Character.isLowerCase(words.charAt(0)) && DETERMINER.matcher(
                text.substring(Math.max(0, p.open() - 30), p.open())).find() && !speechBefore(text, p.open())) {
            return p.notSpeech();
        }
        String after = nextWord(text, p.close() + 1);
        boolean modifier = tokens.length <= 2 && !after.isEmpty() && Character.isLowerCase(after.charAt(0))
                && !Words.FUNCTION_WORDS.contains(after) && text.charAt(p.close() + 1) == ' '
                && !words.endsWith(".") && !words.endsWith(",");
        return modifier ? p.notSpeech() : p;
    }

    /** True when the sentence before {@code open} (within its line) has a speech verb. */
    private static boolean speechBefore(String text, int open) {
        int lineStart = text.lastIndexOf('\n', open - 1) + 1;
        int start = Sentences.startBefore(text, lineStart, open);
        for (String w : text.substring(start, open).split("[^\\p{L}']+")) {
            if (Words.SPEECH_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean titleCase(String[] tokens) {
        boolean any = false;
        for (String t : tokens) {
            String w = t.replaceAll("[^\\p{L}\\-]", "");
            if (w.isEmpty() || MINOR.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean sentenceStart(String text, int open) {
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == ':' || text.charAt(i) == ','
                || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static String lastWord(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String nextWord(String text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
