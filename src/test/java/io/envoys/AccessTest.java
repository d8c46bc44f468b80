package io.envoys;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.envoys.support.Snapshot;
import io.envoys.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Queries are public; every mutation needs the editor role, and a refusal writes nothing. */
@QuarkusTest
class AccessTest {

    private static final String HOME = "XN";

    private String envoy;
    private String other;
    private String meeting;
    private String quote;

    @BeforeEach
    void rows() {
        Fixtures.country(HOME);
        envoy = Fixtures.envoy(HOME, "Access Envoy");
        other = Fixtures.envoy(HOME, "Access Other");
        meeting = Fixtures.meeting(HOME, "2023-01-02", envoy);
        quote = Fixtures.quote(meeting, envoy, "Access quote");
    }

    /** Every mutation of the schema, with arguments that an editor may apply in this order. */
    private List<Object[]> everyMutation() {
        Map<String, Object> envoyInput = Map.of("name", "Access Envoy", "title", "Renamed", "countryCode", HOME);
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[] {"create-country", "input", Map.of("code", "XO", "name", "Access land")});
        all.add(new Object[] {"create-envoy", "input", Map.of("name", "Access New", "countryCode", HOME)});
        all.add(new Object[] {"update-envoy", "id", envoy, "expectedVersion", 0, "input", envoyInput});
        all.add(new Object[] {"create-meeting", "input", Fixtures.meetingInput(HOME, "2023-02-03", envoy)});
        all.add(new Object[] {"add-participant", "meetingId", meeting, "envoyId", other});
        all.add(new Object[] {"remove-participant", "meetingId", meeting, "envoyId", other});
        all.add(new Object[] {"update-meeting", "id", meeting, "expectedVersion", 2, "input",
                Fixtures.meetingInput(HOME, "2023-01-03", envoy)});
        all.add(new Object[] {"record-quote", "input", Map.of("meetingId", meeting, "speakerId", envoy, "text", "x")});
        all.add(new Object[] {"delete-quote", "id", quote});
        all.add(new Object[] {"delete-meeting", "id", meeting});
        all.add(new Object[] {"delete-envoy", "id", other});
        return all;
    }

    @Test
    void anonymousCallersAreUnauthenticatedAndChangeNothing() {
        refusedForAll(GraphQL::query, "UNAUTHENTICATED");
    }

    @Test
    void aWrongPasswordIsRefusedLikeNoPassword() {
        refusedForAll((name, vars) -> GraphQL.as(Users.EDITOR, "not-the-password", name, vars), "UNAUTHENTICATED");
        refusedForAll((name, vars) -> GraphQL.as("nobody", "nothing", name, vars), "UNAUTHENTICATED");
    }

    @Test
    void signedInNonEditorsAreForbiddenAndChangeNothing() {
        refusedForAll((name, vars) -> GraphQL.as(Users.READER, Users.READER_PASSWORD, name, vars), "FORBIDDEN");
    }

    @Test
    void editorsMayUseEveryMutation() {
        for (Object[] mutation : everyMutation()) {
            GraphQL.asEditor((String) mutation[0], variables(mutation)).body("errors", nullValue());
        }
    }

    @Test
    void queriesArePublicEvenWithWrongCredentials() {
        GraphQL.as(Users.EDITOR, "not-the-password", "envoy", "id", envoy).body("errors", nullValue());
    }

    private interface Caller {
        ValidatableResponse call(String document, Object... variables);
    }

    private void refusedForAll(Caller caller, String code) {
        String before = Snapshot.of(HOME);
        for (Object[] mutation : everyMutation()) {
            Errors.single(caller.call((String) mutation[0], variables(mutation)), code);
        }
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.query("envoy", "id", envoy).body("data.envoy.version", is(0));
    }

    private static Object[] variables(Object[] mutation) {
        Object[] variables = new Object[mutation.length - 1];
        System.arraycopy(mutation, 1, variables, 0, variables.length);
        return variables;
    }
}
