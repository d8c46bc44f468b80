package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person named in an article: every full form it is written in, and what the article says about them (title,
 * country, gender, whether they took part). Built and filled by {@link PersonFinder} and {@link Profiler}; not
 * thread-safe, lives for one draft.
 */
public final class Person {

    /** Gender as the article's own words show it (honorifics, pronouns next to the name). */
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private final Map<String, Integer> forms = new LinkedHashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> countryVotes = new LinkedHashMap<>();
    private final Map<String, Integer> singleUses = new LinkedHashMap<>();
    private int femaleVotes;
    private int maleVotes;
    private boolean role;
    private boolean outsider;
    private boolean present;
    private boolean elsewhere;
    private String title;
    private int titleStart = -1;
    private int firstMention = Integer.MAX_VALUE;
    private int firstMentionEnd;

    Person(String form, List<String> keys, int start, int end) {
        this.keys.addAll(keys);
        addForm(form, start, end);
    }

    void addForm(String form, int start, int end) {
        forms.merge(form, 1, Integer::sum);
        if (start < firstMention) {
            firstMention = start;
            firstMentionEnd = end;
        }
    }

    void countSingleUse(String key) {
        singleUses.merge(key, 1, Integer::sum);
    }

    void voteCountry(String code) {
        countryVotes.merge(code, 1, Integer::sum);
    }

    void voteGender(Gender gender) {
        if (gender == Gender.FEMALE) {
            femaleVotes++;
        } else if (gender == Gender.MALE) {
            maleVotes++;
        }
    }

    void markRole(boolean participantRole, boolean outsiderRole) {
        role |= participantRole;
        outsider |= outsiderRole;
    }

    /**
     * Records that the service knows this person as an envoy of {@code countryCode} (nullable): that counts as a
     * participant's role and outweighs the article's country words.
     */
    public void recognise(String countryCode) {
        role = true;
        if (countryCode != null) {
            countryVotes.merge(countryCode, 3, Integer::sum);
        }
    }

    void markElsewhere() {
        elsewhere = true;
    }

    void markPresent() {
        present = true;
    }

    void offerTitle(String text, int start) {
        if (title == null || start < titleStart) {
            title = text;
            titleStart = start;
        }
    }

    /** Lower-case name tokens without initials or hyphens ("min-seo" → "minseo"), in written order of the first form. */
    public List<String> keys() {
        return keys;
    }

    /** Full forms as written, with how often each occurs, in order of first use. */
    public Map<String, Integer> forms() {
        return forms;
    }

    /** The fullest form as written: most tokens, then most frequent, then first. */
    public String fullestForm() {
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (best == null || words(e.getKey()) > words(best)
                    || words(e.getKey()) == words(best) && e.getValue() > forms.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The most common written form among those with two or more words, else the fullest one. */
    public String usualForm() {
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (words(e.getKey()) >= 2 && (best == null || e.getValue() > forms.get(best))) {
                best = e.getKey();
            }
        }
        return best == null ? fullestForm() : best;
    }

    /** The name key used alone most often in the article (the family name, usually), or null. */
    public String familyKey() {
        return singleUses.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The country code most titles point to, or null. */
    public String country() {
        return countryVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Gender by majority of the article's evidence. */
    public Gender gender() {
        if (femaleVotes > maleVotes) {
            return Gender.FEMALE;
        }
        return maleVotes > femaleVotes ? Gender.MALE : Gender.UNKNOWN;
    }

    /**
     * True when the article shows them taking part in the meeting: a participant's role or presence, no outsider's
     * role, and not first met at another meeting later in the story.
     */
    public boolean isParticipant() {
        return !outsider && !elsewhere && (role || present);
    }

    /** The title or description at the earliest mention that has one, as written, or null. */
    public String title() {
        return title;
    }

    /** Offset of the title in the article, or -1. */
    public int titleStart() {
        return titleStart;
    }

    /** Offset of the first full mention. */
    public int firstMention() {
        return firstMention;
    }

    /** End offset of the first full mention. */
    public int firstMentionEnd() {
        return firstMentionEnd;
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    @Override
    public String toString() {
        return usualForm();
    }
}
