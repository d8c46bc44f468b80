package io.envoys.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.envoys.ingestion.speaker.Attribution;
import io.envoys.read.ArticleView;
import io.envoys.read.EvidenceView;
import io.envoys.read.ProposedParticipantView;
import io.envoys.read.ProposedQuoteView;
import io.envoys.read.QuoteView;

/**
 * What the review page shows of a draft: the article's text cut into runs of plain text, quotes and cues (so the
 * template marks each quote and its attribution words without writing any of the article as HTML), a card per quote
 * and a row per proposed participant.
 *
 * @param segments the whole text, in order, each character in exactly one segment
 * @param quotes the proposed quotes in text order
 * @param participants the proposed participants
 */
public record Review(List<Segment> segments, List<QuoteCard> quotes, List<ParticipantRow> participants) {

    /**
     * A run of the article's text.
     *
     * @param text the characters, as in the article
     * @param kind {@code plain}, {@code quote} or {@code cue}
     * @param quote for a quote or a cue, the index of its quote; -1 for plain text
     * @param card for a quote, its card (number, attribution, speaker); null otherwise
     */
    public record Segment(String text, String kind, int quote, QuoteCard card) {
    }

    /**
     * A proposed quote as the form shows it.
     *
     * @param index its place in the draft's list (the form's {@code quote-i})
     * @param number {@code index + 1}, as the page numbers quotes
     * @param attribution the attribution as a CSS class ({@code attributed}, {@code not_participant}, ...)
     * @param label the attribution in words
     * @param speaker the participant the form selects at first: the draft's speaker when ATTRIBUTED, else
     *     {@link DeskForms#NOBODY}
     * @param start where the quote starts in the text (UTF-16 code units)
     * @param end where it ends (exclusive)
     */
    public record QuoteCard(int index, int number, String text, int start, int end, boolean partial,
            boolean continuation, String attribution, String label, String speaker, String speakerAsWritten,
            String cue, List<String> candidates) {
    }

    /**
     * A proposed participant as the form shows it.
     *
     * @param envoyId the known envoy's id, or null for someone the record does not hold yet
     * @param countryCode the code of the country the article gives them, or null
     * @param title the title the article gives them, or null
     * @param evidence the words their name, title and country came from, each as {@code field “words”}
     */
    public record ParticipantRow(int index, String name, String nameAsWritten, String envoyId, String countryCode,
            String title, List<String> evidence) {
    }

    /** The review of a drafted article (one read with its proposal). */
    static Review of(ArticleView article) {
        List<QuoteCard> quotes = new ArrayList<>();
        List<ProposedQuoteView> proposed = article.getProposedQuotes() == null ? List.of()
                : article.getProposedQuotes();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            ProposedQuoteView quote = proposed.get(i);
            quotes.add(card(i, quote));
            spans.add(new int[] {quote.getStart(), quote.getEnd(), i, 0});
            EvidenceView cue = quote.getCueEvidence();
            if (cue != null) {
                spans.add(new int[] {cue.getStart(), cue.getEnd(), i, 1});
            }
        }
        List<ParticipantRow> participants = new ArrayList<>();
        List<ProposedParticipantView> people = article.getProposedParticipants() == null ? List.of()
                : article.getProposedParticipants();
        for (int i = 0; i < people.size(); i++) {
            ProposedParticipantView person = people.get(i);
            participants.add(new ParticipantRow(i, person.getName(), person.getNameAsWritten(),
                    person.getEnvoy() == null ? null : String.valueOf(person.getEnvoy().getId()),
                    person.getCountry() == null ? null : person.getCountry().getCode(), person.getTitleAsWritten(),
                    person.getEvidence().stream().map(words -> words.getField() + " \u201c" + words.getText()
                            + "\u201d").toList()));
        }
        return new Review(segments(article.getText(), spans, quotes), quotes, participants);
    }

    /**
     * The review of a confirmed article: the quotes recorded from it (each with its place in the text), marked with
     * their speakers; no participants, as the meeting holds them.
     */
    static Review recorded(ArticleView article, List<QuoteView> recorded) {
        List<QuoteCard> quotes = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<QuoteView> placed = recorded.stream().filter(quote -> quote.getStart() != null)
                .sorted(Comparator.comparing(QuoteView::getStart)).toList();
        for (QuoteView quote : placed) {
            int index = quotes.size();
            quotes.add(new QuoteCard(index, index + 1, quote.getText(), quote.getStart(), quote.getEnd(),
                    quote.isPartial(), false, "attributed", "recorded", quote.getSpeaker().getName(), null, null,
                    List.of()));
            spans.add(new int[] {quote.getStart(), quote.getEnd(), index, 0});
        }
        return new Review(segments(article.getText(), spans, quotes), quotes, List.of());
    }

    private static QuoteCard card(int index, ProposedQuoteView quote) {
        Attribution attribution = quote.getAttribution();
        return new QuoteCard(index, index + 1, quote.getText(), quote.getStart(), quote.getEnd(), quote.isPartial(),
                quote.isContinuation(), attribution.name().toLowerCase(Locale.ROOT), label(attribution),
                attribution == Attribution.ATTRIBUTED ? quote.getSpeakerName() : DeskForms.NOBODY,
                quote.getSpeakerAsWritten(), quote.getCue(), quote.getCandidates());
    }

    private static List<Segment> segments(String text, List<int[]> spans, List<QuoteCard> quotes) {
        spans.sort(Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> span[3]));
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at || span[1] > text.length() || span[1] <= span[0]) {
                continue;
            }
            if (span[0] > at) {
                segments.add(new Segment(text.substring(at, span[0]), "plain", -1, null));
            }
            boolean quote = span[3] == 0;
            segments.add(new Segment(text.substring(span[0], span[1]), quote ? "quote" : "cue", span[2],
                    quote ? quotes.get(span[2]) : null));
            at = span[1];
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), "plain", -1, null));
        }
        return segments;
    }

    private static String label(Attribution attribution) {
        return switch (attribution) {
            case ATTRIBUTED -> "attributed";
            case NOT_PARTICIPANT -> "not a participant";
            case JOINT -> "joint statement";
            case AMBIGUOUS -> "ambiguous";
            case UNKNOWN -> "unknown speaker";
        };
    }
}
