package io.envoys.ingestion.speaker;

import java.util.List;

/**
 * Where the article names someone: {@code text[start, end)}, the people it can mean ({@code candidates}, more than
 * one when a shared surname such as "Kim" is used alone), and whether the name was written in full.
 */
public record Mention(int start, int end, String written, List<Person> candidates, boolean full) {

    /** The one person meant, or null when the name is ambiguous. */
    public Person person() {
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
