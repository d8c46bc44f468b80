package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.List;

import io.envoys.ingestion.speaker.Person.Gender;
import io.envoys.ingestion.text.Sentences;

/**
 * Resolves "he" and "she" to a person: going back sentence by sentence from the pronoun, the subject of each
 * sentence (its first person mentioned) first, then the others; the first person whose gender fits wins. "She"
 * needs a person the article shows to be a woman, or, when it shows no woman at all, anyone not shown to be a man;
 * "he" takes anyone not shown to be a woman. Speakers resolved for
 * earlier quotes count as mentioned at their cue.
 */
final class Antecedents {

    private record Point(int offset, Person person) {
    }

    private final String text;
    private final List<Point> points = new ArrayList<>();

    Antecedents(String text, People people) {
        this.text = text;
        for (Mention m : people.mentions()) {
            if (m.person() != null) {
                points.add(new Point(m.start(), m.person()));
            }
        }
    }

    /** Records that {@code person} was resolved as the speaker of a cue at {@code offset}. */
    void spoke(int offset, Person person) {
        int i = 0;
        while (i < points.size() && points.get(i).offset() <= offset) {
            i++;
        }
        points.add(i, new Point(offset, person));
    }

    /** The person "he" ({@code female} false) or "she" at {@code offset} refers to, or null; {@code floor} bounds the search. */
    Person resolve(int offset, boolean female, int floor) {
        boolean womenKnown = points.stream().anyMatch(p -> p.person().gender() == Gender.FEMALE);
        List<Point> before = new ArrayList<>();
        for (Point p : points) {
            if (p.offset() < offset && p.offset() >= floor) {
                before.add(p);
            }
        }
        int i = before.size() - 1;
        while (i >= 0) {
            int sentence = Sentences.startBefore(text, floor, before.get(i).offset());
            int first = i;
            while (first > 0 && before.get(first - 1).offset() >= sentence) {
                first--;
            }
            for (int j = first; j <= i; j++) {
                Person candidate = before.get(j).person();
                if (fits(candidate, female, womenKnown)) {
                    return candidate;
                }
            }
            i = first - 1;
        }
        return null;
    }

    private static boolean fits(Person p, boolean female, boolean womenKnown) {
        if (!female) {
            return p.gender() != Gender.FEMALE;
        }
        return p.gender() == Gender.FEMALE || !womenKnown && p.gender() == Gender.UNKNOWN;
    }
}
