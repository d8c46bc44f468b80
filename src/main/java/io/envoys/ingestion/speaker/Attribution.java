package io.envoys.ingestion.speaker;

/** How sure the drafter is of a quote's speaker. */
public enum Attribution {
    /** One participant said it. */
    ATTRIBUTED,
    /** Someone named who did not take part said it (a spokesperson, a leader, state media, "Washington"). */
    NOT_PARTICIPANT,
    /** Several participants said it together ("the two envoys said in a joint statement"). */
    JOINT,
    /** The cue fits more than one participant; the candidates are listed. */
    AMBIGUOUS,
    /** No cue the drafter can resolve; left for the editor. */
    UNKNOWN
}
