package io.envoys.country;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class CountryMutationTest {

    private static final String HOME = "XB";

    @BeforeEach
    void home() {
        Fixtures.country(HOME);
    }

    @Test
    void anEditorAddsACountryWithTrimmedNamesAndAGeneratedId() {
        GraphQL.asEditor("create-country", "input",
                Map.of("code", " XG ", "name", "  Genovia ", "officialName", "Principality of Genovia"))
                .body("errors", nullValue())
                .body("data.createCountry.code", is("XG"))
                .body("data.createCountry.name", is("Genovia"))
                .body("data.createCountry.officialName", is("Principality of Genovia"));
        String id = GraphQL.query("country", "code", "XG").body("data.country.name", is("Genovia"))
                .extract().path("data.country.code");
        assertEquals("XG", id);
        String generated = GraphQL.query("countries").extract().path("data.countries.find { it.code == 'XG' }.id");
        assertTrue(Long.parseLong(generated) >= 1000, "generated ids start above the seed: " + generated);
    }

    @Test
    void aDuplicateCodeIsAConflictAndChangesNothing() {
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("create-country", "input", Map.of("code", HOME, "name", "Another")),
                "CONFLICT", HOME, "exists already");
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.query("country", "code", HOME).body("data.country.name", is("Test country " + HOME));
    }

    @Test
    void malformedCodesAreRefused() {
        String before = Snapshot.of(HOME);
        for (String code : new String[] {"x1", "XXX", "", "ÄB"}) {
            Errors.single(GraphQL.asEditor("create-country", "input", Map.of("code", code, "name", "Bad")),
                    "BAD_USER_INPUT", "input.code", "two upper-case letters");
        }
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void namesMustBeOneToTwoHundredCharactersOnOneLine() {
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("create-country", "input", Map.of("code", "XH", "name", "   ")),
                "BAD_USER_INPUT", "input.name", "1 to 200", "empty");
        Errors.single(GraphQL.asEditor("create-country", "input", Map.of("code", "XH", "name", "n".repeat(201))),
                "BAD_USER_INPUT", "input.name", "it has 201");
        Errors.single(GraphQL.asEditor("create-country", "input", Map.of("code", "XH", "name", "Two\nlines")),
                "BAD_USER_INPUT", "input.name", "control characters");
        Map<String, Object> emptyOfficialName = new HashMap<>(Map.of("code", "XH", "name", "Fine"));
        emptyOfficialName.put("officialName", "");
        Errors.single(GraphQL.asEditor("create-country", "input", emptyOfficialName), "BAD_USER_INPUT",
                "input.officialName");
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.query("country", "code", "XH").body("data.country", nullValue());
    }
}
