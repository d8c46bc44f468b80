package io.envoys.read;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Where;
import io.envoys.validation.Dates;
import io.envoys.validation.Ids;
import io.envoys.validation.Text;

/**
 * What the read room offers for meetings: the {@code meeting} and {@code meetings} query fields, and the meeting a
 * mutation returns.
 */
@ApplicationScoped
public class MeetingReads {

    private final MeetingLoader loader;
    private final CountryLoader countries;

    MeetingReads(MeetingLoader loader, CountryLoader countries) {
        this.loader = loader;
        this.countries = countries;
    }

    /** The meeting with this id with the fields {@code selection} asks for, or null when there is none. */
    public MeetingView byId(long id, Selection selection) {
        return loader.byIds(List.of(id), selection).get(id);
    }

    /**
     * One page of the meetings matching {@code filter}, newest first, then by id.
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
    public MeetingConnection page(MeetingFilter filter, Integer first, String after, Integer last, String before,
            Selection connection) {
        return new MeetingConnection(loader.page(where(filter),
                PageRequest.of("meetings", first, after, last, before), connection));
    }

    /** The filter's conditions over alias {@code m}; package-private for the plan test. */
    Where where(MeetingFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        Dates.requireOrdered("filter.from", filter.from, filter.to, "no meeting");
        if (filter.from != null) {
            where.and("m.date >= ?", filter.from);
        }
        if (filter.to != null) {
            where.and("m.date <= ?", filter.to);
        }
        if (filter.city != null) {
            where.and("m.city_key = lower(?)", Text.filterValue("filter.city", filter.city));
        }
        if (filter.hostCountryCode != null) {
            where.and("m.host_country_id = ?", countries.idForFilter("filter.hostCountryCode", filter.hostCountryCode));
        }
        if (filter.participantId != null) {
            where.and("m.id in (select mp.meeting_id from meeting_participant mp where mp.envoy_id = ?)",
                    Ids.parse("filter.participantId", filter.participantId));
        }
        if (filter.topic != null) {
            where.and("m.id in (select t.meeting_id from meeting_topic t where t.topic_key = lower(?))",
                    Text.filterValue("filter.topic", filter.topic));
        }
        if (filter.recordedSince != null) {
            where.and("m.recorded_at >= ?", filter.recordedSince);
        }
        return where;
    }
}
