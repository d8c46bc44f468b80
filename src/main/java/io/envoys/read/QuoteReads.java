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
     * @param first how many rows from the start, or from {@code after}, 1 to 100 (neither size given: 20)
     * @param after a cursor this list returned, or null
     * @param last instead of {@code first}: how many rows from the end, or before {@code before}, 1 to 100; they
     *     come in the list's order all the same
     * @param before a cursor this list returned, or null
     * @param connection the selection below the connection field
     * @throws io.envoys.error.ApiException BAD_USER_INPUT for a size out of range, both sizes, or a cursor of another
     *     list or of the other direction
     */
    public QuoteConnection page(QuoteFilter filter, Integer first, String after, Integer last, String before,
            Selection connection) {
        return new QuoteConnection(loader.page(where(filter),
                PageRequest.of("quotes", first, after, last, before), connection));
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
        if (filter.recordedSince != null) {
            where.and("q.recorded_at >= ?", filter.recordedSince);
        }
        return where;
    }
}
