package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.envoys.ingestion.speaker.Person.Gender;
import io.envoys.ingestion.text.Sentences;

/**
 * Resolves "he" and "she" to a person: going back sentence by sentence from the pronoun, the subject of each
 * sentence (its first person mentioned, with anyone joined to it by "and" or a comma: "Kim and Sung met") first, then
 * the others; the first person whose gender fits wins, or every fitting person of a joint subject. "She" needs a
 * person the article shows to be a woman, or, when it shows no woman at all, anyone not shown to be a man; "he" takes
 * anyone not shown to be a woman. Speakers resolved for earlier quotes count as mentioned at their cue.
 */
final class Antecedents {

    private static final Set<String> JOINING = Set.of(" and ", ", ", ", and ");

    private record Point(int offset, int end, Person person) {
    }

    private final String text;
    private final List<Point> points = new ArrayList<>();

    Antecedents(String text, People people) {
        this.text = text;
        for (Mention m : people.mentions()) {
            if (m.person() != null) {
                points.add(new Point(m.start(), m.end(), m.person()));
            }
        }
    }

    /** Records that {@code person} was resolved as the speaker of a cue at {@code offset}. */
    void spoke(int offset, Person person) {
        int i = 0;
        while (i < points.size() && points.get(i).offset() <= offset) {
            i++;
        }
        points.add(i, new Point(offset, offset, person));
    }

    /**
     * The people "he" ({@code female} false) or "she" at {@code offset} may refer to: one, several when they fit as
     * a joint subject, or none; {@code floor} bounds the search.
     */
    List<Person> resolve(int offset, boolean female, int floor) {
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
            int subjectEnd = first;
            while (subjectEnd < i && JOINING.contains(text.substring(before.get(subjectEnd).end(),
                    Math.max(before.get(subjectEnd).end(), before.get(subjectEnd + 1).offset())))) {
                subjectEnd++;
            }
            List<Person> subject = new ArrayList<>();
            for (int j = first; j <= subjectEnd; j++) {
                Person candidate = before.get(j).person();
                if (fits(candidate, female, womenKnown) && !subject.contains(candidate)) {
                    subject.add(candidate);
                }
            }
            if (!subject.isEmpty()) {
                return subject;
            }
            for (int j = subjectEnd + 1; j <= i; j++) {
                Person candidate = before.get(j).person();
                if (fits(candidate, female, womenKnown)) {
                    return List.of(candidate);
                }
            }
            i = first - 1;
        }
        return List.of();
    }

    private static boolean fits(Person p, boolean female, boolean womenKnown) {
        if (!female) {
            return p.gender() != Gender.FEMALE;
        }
        return p.gender() == Gender.FEMALE || !womenKnown && p.gender() == Gender.UNKNOWN;
    }
}
