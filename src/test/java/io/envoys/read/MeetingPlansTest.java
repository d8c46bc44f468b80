package io.envoys.read;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL, the meetings' statements look their keys up in their generic plans, with the host country or not.
 * The count of a country's hosted meetings is left out: the test volume has one country host every meeting, so
 * counting them reads the whole table whichever plan is chosen.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "envoys.db-kind", matches = "postgresql")
class MeetingPlansTest {

    @Inject
    DataSource dataSource;

    @Test
    void meetingStatementsLookTheirKeysUp() throws SQLException {
        GenericPlans.assertKeysAreLookedUp(dataSource, Map.of(
                "meetings by id with their host country", GenericPlans.joined(MeetingLoader.BY_IDS, MeetingLoader.JOINS),
                "meetings hosted by countries", GenericPlans.nested(MeetingLoader.HOSTED_BY, List.of(), ""),
                "meetings hosted by countries, after a cursor, with their host country",
                GenericPlans.nested(MeetingLoader.HOSTED_BY, MeetingLoader.JOINS,
                        " and (m.date, m.id) < (date '2005-01-01', 3005000)"),
                "meetings attended by envoys", GenericPlans.nested(MeetingLoader.ATTENDED_BY, List.of(), ""),
                "meetings attended by envoys within dates, after a cursor, with their host country",
                GenericPlans.nested(MeetingLoader.ATTENDED_BY, MeetingLoader.JOINS, " and m.date >= date '2001-01-01'"
                        + " and m.date <= date '2020-01-01' and (m.date, m.id) > (date '2005-01-01', 3005000)"),
                "the last meetings of envoys, before a cursor, with their host country",
                GenericPlans.nestedBackward(MeetingLoader.ATTENDED_BY, MeetingLoader.JOINS,
                        " and (mp.meeting_date, mp.meeting_id) < (date '2015-01-01', 3005000)"),
                "meetings attended by envoys, counted", MeetingLoader.ATTENDED_BY.count(""),
                "topics of meetings", MeetingLoader.TOPICS));
    }
}
