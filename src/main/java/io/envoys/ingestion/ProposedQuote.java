package io.envoys.ingestion;

import java.util.List;

import io.envoys.ingestion.speaker.Attribution;

/**
 * A quoted passage of speech with its speaker.
 *
 * @param text             exactly {@code articleText.substring(start, end)}: the words between the marks, a final
 *                         comma inside the closing mark dropped; a transcript turn's words after its label
 * @param start            offset of the first character in the article text
 * @param end              offset after the last character
 * @param partial          true for a fragment inside the reporter's sentence (or one running on into sentences)
 * @param joint            true when several participants said it together ({@link Attribution#JOINT})
 * @param continuation     true when it has no cue of its own and continues the previous quote
 * @param speakerAsWritten the speaker as the cue writes them ("the US negotiator", "he", "Moscow"); for
 *                         {@link Attribution#NOT_PARTICIPANT}, the speaker's fullest name in the article; else null
 * @param speaker          index into {@link Draft#participants()} of the speaker, or null
 * @param attribution      how sure the speaker is
 * @param cue              the attribution words ("the US negotiator said", "DIRECTOR GENERAL LEE:"), or null
 * @param candidates       indexes into {@link Draft#participants()}: who may have said it (AMBIGUOUS) or who said it
 *                         together (JOINT); else empty
 */
public record ProposedQuote(String text, int start, int end, boolean partial, boolean joint, boolean continuation,
        String speakerAsWritten, Integer speaker, Attribution attribution, Evidence cue, List<Integer> candidates) {
}
