package io.envoys.quote;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.envoys.envoy.Envoy;
import io.envoys.envoy.EnvoyService;
import io.envoys.error.ApiException;
import io.envoys.meeting.Meeting;
import io.envoys.meeting.MeetingChanged;
import io.envoys.read.QuoteReads;
import io.envoys.read.QuoteView;
import io.envoys.read.Selection;
import io.envoys.validation.Ids;
import io.envoys.validation.Validate;

@ApplicationScoped
public class QuoteService {

    private static final int TEXT_MAX = 5_000;
    private static final int CONTEXT_MAX = 1_000;

    private final QuoteReads reads;
    private final EnvoyService envoys;
    private final EntityManager em;
    private final Event<QuoteRecorded> recordings;
    private final Event<MeetingChanged> changes;

    QuoteService(QuoteReads reads, EnvoyService envoys, EntityManager em, Event<QuoteRecorded> recordings,
            Event<MeetingChanged> changes) {
        this.reads = reads;
        this.envoys = envoys;
        this.em = em;
        this.recordings = recordings;
        this.changes = changes;
    }

    @Transactional
    public QuoteView record(QuoteInput input, Selection selection) {
        return reads.byId(persist(input, "input").id, selection);
    }

    /**
     * Records a quote taken from an article, keeping the article and where the quote stands in its text; when the
     * meeting already holds the same words by the same speaker (entered by hand, or from another article), that quote
     * is kept, linked to the article if it had none, and no second one is recorded. The same words said twice in one
     * article, at other offsets, are two quotes.
     *
     * @param field names the quote in errors about its words ("corrections.quotes[2]")
     * @return the quote's id
     * @throws ApiException as {@link #record}
     */
    @Transactional
    public long recordFromArticle(QuoteInput input, long articleId, int start, int end, String field) {
        List<Quote> same = em.createQuery("from Quote q where q.meeting.id = :meeting and q.speaker.id = :speaker"
                + " and q.text = :text order by q.position, q.id", Quote.class)
                .setParameter("meeting", Ids.parse("input.meetingId", input.meetingId))
                .setParameter("speaker", Ids.parse("input.speakerId", input.speakerId))
                .setParameter("text", input.text).getResultList();
        Quote kept = same.stream().filter(quote -> quote.articleId == null || quote.articleId != articleId
                || quote.startOffset == start).findFirst().orElse(null);
        if (kept != null && kept.articleId != null) {
            return kept.id;
        }
        Quote quote = kept != null ? kept : persist(input, field);
        quote.articleId = articleId;
        quote.startOffset = start;
        quote.endOffset = end;
        return quote.id;
    }

    /** Records a quote; {@code field} names its input in errors about its text and context. */
    private Quote persist(QuoteInput input, String field) {
        long meetingId = Ids.parse("input.meetingId", input.meetingId);
        long speakerId = Ids.parse("input.speakerId", input.speakerId);
        String text = Validate.block(field + ".text", input.text, TEXT_MAX);
        String context = Validate.optionalLine(field + ".context", input.context, CONTEXT_MAX);
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw ApiException.notFound("input.meetingId: there is no meeting with id " + meetingId);
        }
        Envoy speaker = envoys.require("input.speakerId", speakerId);
        if (!meeting.hasParticipant(speaker)) {
            throw ApiException.badInput("input.speakerId: envoy " + speakerId + " did not take part in meeting "
                    + meetingId + "; add them with addParticipant first");
        }
        Quote quote = new Quote();
        quote.meeting = meeting;
        quote.speaker = speaker;
        quote.text = text;
        quote.partial = Boolean.TRUE.equals(input.partial);
        quote.context = context;
        quote.position = em.createQuery("select coalesce(max(q.position), 0) + 1 from Quote q"
                + " where q.meeting.id = :meeting", Integer.class).setParameter("meeting", meetingId).getSingleResult();
        quote.persistAndFlush();
        recordings.fire(new QuoteRecorded(quote.id, meetingId));
        changes.fire(new MeetingChanged(meetingId));
        return quote;
    }

    @Transactional
    public long delete(long id) {
        Quote quote = Quote.findById(id);
        if (quote == null) {
            throw ApiException.notFound("id: there is no quote with id " + id);
        }
        long meetingId = em.find(Meeting.class, quote.meeting.id, LockModeType.PESSIMISTIC_WRITE).id;
        quote.delete();
        changes.fire(new MeetingChanged(meetingId));
        return id;
    }
}
