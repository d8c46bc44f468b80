package io.envoys.read;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Where;
import io.envoys.validation.Ids;
import io.envoys.validation.Text;

/**
 * What the read room offers for quotes: the {@code quote} and {@code quotes} query fields, and the quote a mutation
 * returns.
 */
@ApplicationScoped
public class QuoteReads {

    private final QuoteLoader loader;

    QuoteReads(QuoteLoader loader) {
        this.loader = loader;
    }

    /** The quote with this id with the fields {@code selection} asks for, or null when there is none. */
    public QuoteView byId(long id, Selection selection) {
        return loader.byIds(List.of(id), selection).get(id);
    }

    /**
     * One page of the quotes matching {@code filter}: newest meeting first, then in the order said.
     *
     * @param first page size, 1 to 100 (null: 20); anything else is BAD_USER_INPUT
     * @param after a cursor this list returned, or null for the first page; another is BAD_USER_INPUT
     * @param connection the selection below the connection field
     */
    public QuoteConnection page(QuoteFilter filter, Integer first, String after, Selection connection) {
        return new QuoteConnection(loader.page(where(filter), PageRequest.of(first, after), connection));
    }

    private static Where where(QuoteFilter filter) {
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
