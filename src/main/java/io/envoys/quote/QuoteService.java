package io.envoys.quote;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.envoys.envoy.Envoy;
import io.envoys.envoy.EnvoyService;
import io.envoys.meeting.Meeting;
import io.envoys.shared.ApiException;
import io.envoys.shared.Ids;
import io.envoys.shared.PageRequest;
import io.envoys.shared.Selection;
import io.envoys.shared.Text;
import io.envoys.shared.Validate;
import io.envoys.shared.Where;

@ApplicationScoped
public class QuoteService {

    private static final int TEXT_MAX = 5_000;
    private static final int CONTEXT_MAX = 1_000;

    private final QuoteLoader loader;
    private final EnvoyService envoys;
    private final EntityManager em;

    QuoteService(QuoteLoader loader, EnvoyService envoys, EntityManager em) {
        this.loader = loader;
        this.envoys = envoys;
        this.em = em;
    }

    public QuoteView byId(long id, Selection selection) {
        return loader.byIds(List.of(id), selection).get(id);
    }

    public QuoteConnection list(QuoteFilter filter, Integer first, String after, Selection connection) {
        PageRequest request = PageRequest.of(first, after);
        return new QuoteConnection(loader.page(where(filter), request, connection));
    }

    @Transactional
    public QuoteView record(QuoteInput input, Selection selection) {
        long meetingId = Ids.parse("input.meetingId", input.meetingId);
        long speakerId = Ids.parse("input.speakerId", input.speakerId);
        String text = Validate.block("input.text", input.text, TEXT_MAX);
        String context = Validate.optionalLine("input.context", input.context, CONTEXT_MAX);
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw ApiException.notFound("input.meetingId: there is no meeting with id " + meetingId);
        }
        Envoy speaker = envoys.require("input.speakerId", speakerId);
        if (!meeting.participants.contains(speaker)) {
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
        return byId(quote.id, selection);
    }

    @Transactional
    public long delete(long id) {
        if (Quote.deleteById(id)) {
            return id;
        }
        throw ApiException.notFound("id: there is no quote with id " + id);
    }

    private Where where(QuoteFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.speakerId != null) {
            where.and("q.speaker_id = ?", Ids.parse("filter.speakerId", filter.speakerId));
        }
        if (filter.meetingId != null) {
            where.and("q.meeting_id = ?", Ids.parse("filter.meetingId", filter.meetingId));
        }
        if (filter.textContains != null) {
            where.and("lower(q.text) like lower(?) escape '\\'",
                    Text.containsPattern(Text.filterValue("filter.textContains", filter.textContains)));
        }
        return where;
    }
}
