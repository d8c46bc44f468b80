package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The service's form of a name: no initials; for US and Japanese people given name(s) then family name, with a
 * middle name dropped ("Sung Yong Kim" → "Sung Kim", "Namazu Hiroyuki" → "Hiroyuki Namazu"); for Korean and Chinese
 * people family name first. The family name is the word the article uses alone ("Namazu said"); without one, the
 * order as written is kept.
 */
public final class CanonicalName {

    private static final Set<String> FAMILY_FIRST = Set.of("KR", "KP", "CN");
    private static final Set<String> GIVEN_FIRST = Set.of("US", "JP");

    private CanonicalName() {
    }

    /** The canonical name of {@code person}, given their {@code country} (nullable). */
    public static String of(Person person, String country) {
        List<String> words = new ArrayList<>();
        for (String w : person.usualForm().split("\\s+")) {
            if (!(w.length() == 2 && w.endsWith(".")) && w.length() > 1) {
                words.add(w);
            }
        }
        if (words.size() < 2) {
            return person.usualForm();
        }
        String family = person.familyKey();
        int familyAt = -1;
        for (int i = 0; i < words.size(); i++) {
            if (NameKeys.of(words.get(i)).contains(family)) {
                familyAt = i;
            }
        }
        if (country == null) {
            return String.join(" ", words);
        }
        if (GIVEN_FIRST.contains(country)) {
            if (familyAt == 0) {
                words.add(words.remove(0));
            }
            if (words.size() == 3) {
                words.remove(1);
            }
        } else if (FAMILY_FIRST.contains(country) && familyAt == words.size() - 1) {
            words.add(0, words.remove(words.size() - 1));
        }
        return String.join(" ", words);
    }
}
