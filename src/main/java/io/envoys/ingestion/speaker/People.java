package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The people an article names and every place it names them (mentions sorted by offset). */
public final class People {

    private final List<Person> persons;
    private final List<Mention> mentions;

    People(List<Person> persons, List<Mention> mentions) {
        this.persons = Collections.unmodifiableList(persons);
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort((x, y) -> Integer.compare(x.start(), y.start()));
        this.mentions = Collections.unmodifiableList(sorted);
    }

    /** Everyone named, in order of first full mention. */
    public List<Person> persons() {
        return persons;
    }

    /** Every mention, by offset. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** Mentions that start in {@code [from, to)}, by offset. */
    public List<Mention> mentionsIn(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= from && m.start() < to) {
                out.add(m);
            }
        }
        return out;
    }

    /** The people who took part in the meeting, in order of first mention. */
    public List<Person> participants() {
        return persons.stream().filter(Person::isParticipant).toList();
    }
}
