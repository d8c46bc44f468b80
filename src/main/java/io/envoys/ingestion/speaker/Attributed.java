package io.envoys.ingestion.speaker;

import java.util.List;

import io.envoys.ingestion.quote.Passage;

/**
 * A passage with its speaker.
 *
 * @param passage          the quoted words
 * @param attribution      how sure the speaker is
 * @param speaker          the person who said it (a participant for ATTRIBUTED, a named non-participant person for
 *                         NOT_PARTICIPANT), else null
 * @param speakerAsWritten the speaker as the article writes them in the cue ("the US negotiator", "Moscow"), or null
 * @param candidates       the people who may have said it (AMBIGUOUS) or said it together (JOINT); else empty
 * @param cueStart         offset of the attribution words, or -1 when there are none
 * @param cueEnd           end offset of the attribution words, or -1
 * @param partial          true for a fragment inside the reporter's sentence
 * @param continuation     true when the passage has no cue of its own and continues the previous quote
 */
public record Attributed(Passage passage, Attribution attribution, Person speaker, String speakerAsWritten,
        List<Person> candidates, int cueStart, int cueEnd, boolean partial, boolean continuation) {

    /** True when the cue was found and resolved to someone (or to a group). */
    boolean resolved() {
        return attribution != Attribution.UNKNOWN;
    }

    /** The same speaker and cue for another passage, as its continuation (or not). */
    Attributed carriedTo(Passage other, boolean partialFlag, boolean isContinuation) {
        return new Attributed(other, attribution, speaker, speakerAsWritten, candidates, cueStart, cueEnd,
                partialFlag, isContinuation);
    }
}
