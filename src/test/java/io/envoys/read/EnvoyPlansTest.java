package io.envoys.read;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;

/** On PostgreSQL, the envoys' statements look their keys up in their generic plans, joined or not. */
@QuarkusTest
@EnabledIfSystemProperty(named = "envoys.db-kind", matches = "postgresql")
class EnvoyPlansTest {

    @Inject
    DataSource dataSource;

    @Test
    void envoyStatementsLookTheirKeysUp() throws SQLException {
        GenericPlans.assertKeysAreLookedUp(dataSource, Map.of(
                "envoys by id", GenericPlans.joined(EnvoyLoader.BY_IDS, List.of()),
                "envoys by id with their country", GenericPlans.joined(EnvoyLoader.BY_IDS, EnvoyLoader.JOINS),
                "envoys of countries", GenericPlans.joined(EnvoyLoader.OF_COUNTRIES, EnvoyLoader.JOINS),
                "participants", GenericPlans.joined(EnvoyLoader.PARTICIPANTS, List.of()),
                "participants with their country", GenericPlans.joined(EnvoyLoader.PARTICIPANTS, EnvoyLoader.JOINS),
                "counterpart pairs", EnvoyLoader.PAIRS));
    }
}
