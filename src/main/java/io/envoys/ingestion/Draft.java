package io.envoys.ingestion;

import java.util.List;

/**
 * What the drafter proposes for one article, for an editor to confirm or correct.
 *
 * @param meeting      the meeting reported
 * @param participants who took part, in order of first mention
 * @param quotes       every quoted passage of speech, in article order (titles and scare quotes left out)
 */
public record Draft(ProposedMeeting meeting, List<ProposedParticipant> participants, List<ProposedQuote> quotes) {
}
