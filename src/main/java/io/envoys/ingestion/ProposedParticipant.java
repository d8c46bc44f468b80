package io.envoys.ingestion;

import java.util.List;

/**
 * Someone the article shows taking part in the meeting.
 *
 * @param nameAsWritten  the name as the article writes it most often ("Namazu Hiroyuki", "Daniel J. Whitcombe")
 * @param canonicalName  the service's form: the matched envoy's name, else given + family name for US and Japanese
 *                       people, family name first for Korean and Chinese ones, no middle names or initials
 * @param match          the service's known envoy this is, or null for someone new
 * @param countryCode    ISO 3166-1 alpha-2 code, or null when the article does not say
 * @param titleAsWritten the title or description at the first mention that has one, or null
 * @param evidence       the words for the name, title and country
 */
public record ProposedParticipant(String nameAsWritten, String canonicalName, KnownPerson match, String countryCode,
        String titleAsWritten, List<Evidence> evidence) {
}
