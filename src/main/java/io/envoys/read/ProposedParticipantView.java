package io.envoys.read;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.envoys.ingestion.ProposedParticipant;

/** Someone a draft reads as taking part ({@link ProposedParticipant}), with the known envoy and country resolved. */
@Type("ProposedParticipant")
@Description("Someone the article shows taking part in the meeting.")
public class ProposedParticipantView {

    private final ProposedParticipant participant;
    private final EnvoyView envoy;
    private final CountryView country;

    ProposedParticipantView(ProposedParticipant participant, EnvoyView envoy, CountryView country) {
        this.participant = participant;
        this.envoy = envoy;
        this.country = country;
    }

    @NonNull
    @Description("The name as the article first writes it in full.")
    public String getNameAsWritten() {
        return participant.nameAsWritten();
    }

    @NonNull
    @Description("The name in the record's order: given name then family name for US and Japanese people, family name"
            + " first for Korean and Chinese; what a new envoy is recorded as.")
    public String getName() {
        return participant.canonicalName();
    }

    @Description("The known envoy this is (by name, reordered, without middle names, or a small misspelling); null"
            + " for someone the record does not hold yet.")
    public EnvoyView getEnvoy() {
        return envoy;
    }

    @Description("Whom they represent, as the article tells it; null when it does not.")
    public CountryView getCountry() {
        return country;
    }

    @Description("The title or description the article gives them, as written.")
    public String getTitleAsWritten() {
        return participant.titleAsWritten();
    }

    @NonNull
    @Description("The words the name, title and country came from (at most 10).")
    public List<@NonNull EvidenceView> getEvidence() {
        return ArticleDrafts.evidence(participant.evidence());
    }

    ProposedParticipant participant() {
        return participant;
    }

    EnvoyView envoy() {
        return envoy;
    }
}
