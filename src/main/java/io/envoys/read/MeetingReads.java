package io.envoys.read;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Where;
import io.envoys.error.ApiException;
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
     * @param first page size, 1 to 100 (null: 20); anything else is BAD_USER_INPUT
     * @param after a cursor this list returned, or null for the first page; another is BAD_USER_INPUT
     * @param connection the selection below the connection field
     */
    public MeetingConnection page(MeetingFilter filter, Integer first, String after, Selection connection) {
        return new MeetingConnection(loader.page(where(filter), PageRequest.of(first, after), connection));
    }

    /** The filter's conditions over alias {@code m}; package-private for the plan test. */
    Where where(MeetingFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.from != null && filter.to != null && filter.from.isAfter(filter.to)) {
            throw ApiException.badInput("filter.from (" + filter.from + ") is after filter.to (" + filter.to
                    + "): no meeting can match; both bounds are inclusive");
        }
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
        return where;
    }
}
