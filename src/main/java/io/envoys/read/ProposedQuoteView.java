package io.envoys.read;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.envoys.ingestion.ProposedQuote;
import io.envoys.ingestion.speaker.Attribution;

/** A quoted passage a draft finds ({@link ProposedQuote}), with its speaker resolved to a participant. */
@Type("ProposedQuote")
@Description("A quoted passage of speech in the article, with who said it or why the service does not say.")
public class ProposedQuoteView {

    private final ProposedQuote quote;
    private final ProposedParticipantView speakerParticipant;
    private final List<String> candidates;

    ProposedQuoteView(ProposedQuote quote, ProposedParticipantView speaker, List<String> candidates) {
        this.quote = quote;
        this.speakerParticipant = speaker;
        this.candidates = candidates;
    }

    @NonNull
    @Description("The words, exactly the article's text from start to end (a final comma inside the closing mark"
            + " left out).")
    public String getText() {
        return quote.text();
    }

    @NonNull
    @Description("Where the words start in the article's text.")
    public int getStart() {
        return quote.start();
    }

    @NonNull
    @Description("Where the words end in the article's text (exclusive).")
    public int getEnd() {
        return quote.end();
    }

    @NonNull
    @Description("True for a fragment inside the reporter's sentence (said the offer \"still stands\").")
    public boolean isPartial() {
        return quote.partial();
    }

    @NonNull
    @Description("True when several people said it together (a joint statement); speaker is then null.")
    public boolean isJoint() {
        return quote.joint();
    }

    @NonNull
    @Description("True when it has no cue of its own and continues the speaker's previous quote.")
    public boolean isContinuation() {
        return quote.continuation();
    }

    @Description("The speaker as the cue writes them (\"the US negotiator\", \"he\", \"Moscow\"); null when there is"
            + " no cue.")
    public String getSpeakerAsWritten() {
        return quote.speakerAsWritten();
    }

    @Description("The known envoy who said it, when the speaker is a participant the record holds; null otherwise.")
    public EnvoyView getSpeaker() {
        return speakerParticipant == null ? null : speakerParticipant.envoy();
    }

    @Description("The participant who said it, by name in the record's order, known envoy or not; null unless"
            + " attribution is ATTRIBUTED.")
    public String getSpeakerName() {
        return speakerParticipant == null ? null : speakerParticipant.participant().canonicalName();
    }

    @NonNull
    @Description("ATTRIBUTED (a participant said it), NOT_PARTICIPANT (someone named who did not take part: a"
            + " spokesperson, a leader, state media), JOINT, AMBIGUOUS (two or more participants fit; see candidates)"
            + " or UNKNOWN.")
    public Attribution getAttribution() {
        return quote.attribution();
    }

    @Description("The attribution words (\"the US negotiator said\"), or null.")
    public String getCue() {
        return quote.cue() == null ? null : quote.cue().text();
    }

    @Description("Where the attribution words stand in the article, or null.")
    public EvidenceView getCueEvidence() {
        return quote.cue() == null ? null : new EvidenceView(quote.cue());
    }

    @NonNull
    @Description("For AMBIGUOUS, the participants who may have said it; for JOINT, those who said it together (names"
            + " in the record's order, at most 50).")
    public List<@NonNull String> getCandidates() {
        return candidates;
    }
}
