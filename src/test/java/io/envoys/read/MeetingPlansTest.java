package io.envoys.read;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;

/** On PostgreSQL, the meetings' statements look their keys up in their generic plans, with the host country or not. */
@QuarkusTest
@EnabledIfSystemProperty(named = "envoys.db-kind", matches = "postgresql")
class MeetingPlansTest {

    @Inject
    DataSource dataSource;

    @Test
    void meetingStatementsLookTheirKeysUp() throws SQLException {
        GenericPlans.assertKeysAreLookedUp(dataSource, Map.of(
                "meetings by id with their host country", GenericPlans.joined(MeetingLoader.BY_IDS, MeetingLoader.JOINS),
                "meetings hosted by countries", GenericPlans.joined(MeetingLoader.HOSTED_BY, List.of()),
                "meetings attended by envoys", GenericPlans.joined(MeetingLoader.ATTENDED_BY, List.of()),
                "meetings attended by envoys with their host country",
                GenericPlans.joined(MeetingLoader.ATTENDED_BY, MeetingLoader.JOINS),
                "topics of meetings", MeetingLoader.TOPICS));
    }
}
