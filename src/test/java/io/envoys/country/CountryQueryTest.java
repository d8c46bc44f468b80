package io.envoys.country;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CountryQueryTest {

    @Test
    void aCountryListsItsEnvoysAndTheMeetingsItHosted() {
        GraphQL.query("country", "code", "KR")
                .body("errors", nullValue())
                .body("data.country.name", is("South Korea"))
                .body("data.country.officialName", is("Republic of Korea"))
                .body("data.country.envoys.nodes.name", contains("Kim Hong-kyun"))
                .body("data.country.hostedMeetings.nodes.date", hasItem("2016-12-13"));
    }

    @Test
    void aCountryWithoutEnvoysOrMeetingsHasEmptyLists() {
        GraphQL.query("country", "code", "KP")
                .body("data.country.envoys.nodes", is(List.of()))
                .body("data.country.hostedMeetings.nodes", is(List.of()));
    }

    @Test
    void countriesComeByName() {
        List<String> names = GraphQL.query("countries").extract().path("data.countries.name");
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void anUnknownCodeIsNull() {
        GraphQL.query("country", "code", "QQ").body("errors", nullValue()).body("data.country", nullValue());
    }

    @Test
    void aMalformedCodeIsRefused() {
        Errors.single(GraphQL.query("country", "code", "kr"), "BAD_USER_INPUT", "code", "two upper-case letters");
    }
}
