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
                "quotes of meetings", GenericPlans.joined(QuoteLoader.OF_MEETINGS, List.of()),
                "quotes of meetings with the meeting",
                GenericPlans.joined(QuoteLoader.OF_MEETINGS, QuoteLoader.MEETING_JOINS),
                "quotes by speakers", GenericPlans.joined(QuoteLoader.BY_SPEAKERS, List.of()),
                "quotes by speakers with the meeting", GenericPlans.joined(QuoteLoader.BY_SPEAKERS, QuoteLoader.JOINS)));
    }
}
