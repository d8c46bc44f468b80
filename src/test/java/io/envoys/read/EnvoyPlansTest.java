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
                "envoys of countries with their country",
                GenericPlans.nested(EnvoyLoader.OF_COUNTRIES, EnvoyLoader.JOINS, ""),
                "envoys of countries after a cursor", GenericPlans.nested(EnvoyLoader.OF_COUNTRIES, List.of(),
                        " and (e.name, e.id) > ('Planned envoy 2500', 3002500)"),
                "envoys of countries, counted", EnvoyLoader.OF_COUNTRIES.count(""),
                "participants", GenericPlans.joined(EnvoyLoader.PARTICIPANTS, List.of()),
                "participants with their country", GenericPlans.joined(EnvoyLoader.PARTICIPANTS, EnvoyLoader.JOINS),
                "counterparts", GenericPlans.nested(EnvoyLoader.COUNTERPARTS, List.of(), ""),
                "counterparts after a cursor", GenericPlans.nested(EnvoyLoader.COUNTERPARTS, List.of(),
                        " and (p.meetings < 3 or (p.meetings = 3"
                                + " and (p.name, p.other_id) > ('Planned envoy 7', 3000007)))"),
                "counterparts, counted", EnvoyLoader.COUNTERPARTS.count("")));
    }
}
