package io.envoys.envoy;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.envoys.support.Snapshot;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EnvoyMutationTest {

    private static final String HOME = "XE";

    @BeforeEach
    void home() {
        Fixtures.country(HOME);
    }

    private static Map<String, Object> input(String name, String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("title", title);
        input.put("countryCode", HOME);
        return input;
    }

    @Test
    void anEditorAddsAnEnvoyWithTrimmedFieldsAtVersionZero() {
        GraphQL.asEditor("create-envoy", "input",
                Map.of("name", "  Ada Envoy ", "title", " Special Envoy", "organization", "Ministry", "countryCode",
                        HOME))
                .body("errors", nullValue())
                .body("data.createEnvoy.name", is("Ada Envoy"))
                .body("data.createEnvoy.title", is("Special Envoy"))
                .body("data.createEnvoy.organization", is("Ministry"))
                .body("data.createEnvoy.version", is(0))
                .body("data.createEnvoy.country.code", is(HOME));
    }

    @Test
    void anUpdateAtTheCurrentVersionReplacesTheFieldsAndGrowsTheVersionByOne() {
        String id = Fixtures.envoy(HOME, "Bea Before");
        GraphQL.asEditor("update-envoy", "id", id, "expectedVersion", 0, "input", input("Bea After", "Envoy"))
                .body("errors", nullValue())
                .body("data.updateEnvoy.name", is("Bea After"))
                .body("data.updateEnvoy.title", is("Envoy"))
                .body("data.updateEnvoy.version", is(1));
        GraphQL.asEditor("update-envoy", "id", id, "expectedVersion", 1, "input", input("Bea After", "Envoy"))
                .body("data.updateEnvoy.version", is(2));
        GraphQL.query("envoy", "id", id).body("data.envoy.name", is("Bea After")).body("data.envoy.version", is(2));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String id = Fixtures.envoy(HOME, "Cal Current");
        GraphQL.asEditor("update-envoy", "id", id, "expectedVersion", 0, "input", input("Cal Newer", null));
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("update-envoy", "id", id, "expectedVersion", 0, "input",
                input("Cal Stale", null)), "CONFLICT", "Envoy " + id, "version 1, not 0");
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.query("envoy", "id", id).body("data.envoy.name", is("Cal Newer")).body("data.envoy.version", is(1));
    }

    @Test
    void unknownIdsAndCountriesAreNotFound() {
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("update-envoy", "id", "987654", "expectedVersion", 0, "input",
                input("Nobody", null)), "NOT_FOUND", "987654");
        Errors.single(GraphQL.asEditor("create-envoy", "input", Map.of("name", "Nobody", "countryCode", "QQ")),
                "NOT_FOUND", "input.countryCode", "'QQ'");
        Errors.single(GraphQL.asEditor("delete-envoy", "id", "987654"), "NOT_FOUND", "987654");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void invalidFieldsAreRefusedAndChangeNothing() {
        String id = Fixtures.envoy(HOME, "Dee Valid");
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("create-envoy", "input", input("", null)), "BAD_USER_INPUT", "input.name");
        Errors.single(GraphQL.asEditor("create-envoy", "input", input("Ok", "t".repeat(201))), "BAD_USER_INPUT",
                "input.title", "201");
        Errors.single(GraphQL.asEditor("update-envoy", "id", id, "expectedVersion", 0, "input",
                input("Tab\tName", null)), "BAD_USER_INPUT", "input.name", "control characters");
        Errors.single(GraphQL.asEditor("create-envoy", "input", Map.of("name", "Ok", "countryCode", "xe")),
                "BAD_USER_INPUT", "input.countryCode");
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.query("envoy", "id", id).body("data.envoy.name", is("Dee Valid")).body("data.envoy.version", is(0));
    }

    @Test
    void anEnvoyWithMeetingsOrQuotesCannotBeDeleted() {
        String speaker = Fixtures.envoy(HOME, "Eve Speaker");
        String meeting = Fixtures.meeting(HOME, "2021-03-04", speaker);
        Fixtures.quote(meeting, speaker, "We spoke.");
        Fixtures.quote(meeting, speaker, "We spoke again.");
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("delete-envoy", "id", speaker), "CONFLICT", "1 meeting(s)", "2 time(s)");
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.query("envoy", "id", speaker).body("data.envoy.name", is("Eve Speaker"));
    }

    @Test
    void anEnvoyWithoutMeetingsIsDeleted() {
        String id = Fixtures.envoy(HOME, "Fay Leaving");
        GraphQL.asEditor("delete-envoy", "id", id).body("errors", nullValue()).body("data.deleteEnvoy", is(id));
        GraphQL.query("envoy", "id", id).body("data.envoy", nullValue());
    }
}
