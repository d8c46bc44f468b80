package io.envoys.read;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;

/** On PostgreSQL, the quotes' statements look their keys up in their generic plans, with their meeting or not. */
@QuarkusTest
@EnabledIfSystemProperty(named = "envoys.db-kind", matches = "postgresql")
class QuotePlansTest {

    @Inject
    DataSource dataSource;

    @Test
    void quoteStatementsLookTheirKeysUp() throws SQLException {
        GenericPlans.assertKeysAreLookedUp(dataSource, Map.of(
                "quotes by id with their meeting", GenericPlans.joined(QuoteLoader.BY_IDS, QuoteLoader.JOINS),
                "quotes of meetings", GenericPlans.nested(QuoteLoader.OF_MEETINGS, List.of(), ""),
                "quotes of meetings after a cursor, with the meeting", GenericPlans.nested(QuoteLoader.OF_MEETINGS,
                        QuoteLoader.MEETING_JOINS, " and (q.position, q.id) > (2, 3000010)"),
                "quotes of meetings, counted", QuoteLoader.OF_MEETINGS.count(""),
                "quotes by speakers", GenericPlans.nested(QuoteLoader.BY_SPEAKERS, List.of(), ""),
                "quotes by speakers within dates, after a cursor, with the meeting",
                GenericPlans.nested(QuoteLoader.BY_SPEAKERS, QuoteLoader.MEETING_JOINS, " and qm.date >= date '2001-01-01'"
                        + " and (qm.date, qm.id, q.position, q.id) > (date '2005-01-01', 3005000, 2, 3020002)"),
                "quotes by speakers, counted", QuoteLoader.BY_SPEAKERS.count("")));
    }
}
