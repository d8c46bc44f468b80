package io.envoys.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.envoys.support.Snapshot;
import io.envoys.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;

/** The endpoint follows the GraphQL over HTTP specification and refuses what browsers could send across sites. */
@QuarkusTest
class HttpComplianceTest {

    private static final String HOME = "XH";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String CREATE = "{\"query\":\"mutation { createCountry(input: {code: \\\"XZ\\\", name: \\\"Forged\\\"}) { id } }\"}";

    @Test
    void mutationsSentAsSimpleCrossSiteRequestsAreRefusedBeforeAnythingRuns() {
        Fixtures.country(HOME);
        String before = Snapshot.of(HOME);
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
            given().config(RestAssured.config().encoderConfig(
                    EncoderConfig.encoderConfig().encodeContentTypeAs(type, ContentType.TEXT)))
                    .auth().preemptive().basic(Users.EDITOR, Users.EDITOR_PASSWORD)
                    .contentType(type).body(CREATE)
                    .when().post("/graphql")
                    .then().statusCode(415).body("errors[0].extensions.code", is("UNSUPPORTED_MEDIA_TYPE"));
        }
        given().auth().preemptive().basic(Users.EDITOR, Users.EDITOR_PASSWORD).body(CREATE.getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(415);
        given().auth().preemptive().basic(Users.EDITOR, Users.EDITOR_PASSWORD)
                .header("Content-Type", "text/plain, application/json").body(CREATE.getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(415);
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.query("country", "code", "XZ").body("data.country", nullValue());
    }

    @Test
    void malformedJsonAndNonGraphQLBodiesAreBadRequests() {
        for (String body : new String[] {"{\"query\":", "[1,2]", "{\"variables\":{}}", "{\"query\":\"\"}",
                "{\"query\":\"{ countries { code } }\",\"variables\":[]}",
                "{\"query\":\"{ countries { code } }\",\"operationName\":7}"}) {
            given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", is("BAD_REQUEST"));
        }
    }

    @Test
    void variablesNestedDeeperThanAHundredAreRefusedBeforeAnythingRuns() {
        for (int depth : new int[] {100, 998, 1_000}) {
            String deep = "{\"query\":\"{ countries { code } __schema { queryType { name } } }\",\"variables\":"
                    + "{\"v\":" + "[".repeat(depth) + "]".repeat(depth) + "}}";
            given().contentType(ContentType.JSON).body(deep).when().post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", is("BAD_REQUEST"))
                    .body("errors[0].message", containsString("more than 100 deep"));
        }
        String fine = "{\"query\":\"{ countries { code } __schema { queryType { name } } }\",\"variables\":"
                + "{\"v\":" + "[".repeat(98) + "]".repeat(98) + "}}";
        given().contentType(ContentType.JSON).body(fine).when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void jsonIsTheDefaultAndTheGraphQLResponseTypeIsServedWhenAsked() {
        String query = "{\"query\":\"{ country(code: \\\"KR\\\") { name } }\"}";
        given().contentType(ContentType.JSON).accept("*/*").body(query).when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().contentType(ContentType.JSON).header("Accept", "").body(query).when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).body(query).when().post("/graphql")
                .then().statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.country.name", is("South Korea"));
        given().contentType(ContentType.JSON).accept("text/html").body(query).when().post("/graphql")
                .then().statusCode(406);
    }

    @Test
    void acceptQualitiesDecideTheTypeAndZeroMeansNotAcceptable() {
        String query = "{\"query\":\"{ country(code: \\\"KR\\\") { name } }\"}";
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put(GRAPHQL_RESPONSE + ";q=0, application/json", "application/json");
        chosen.put("application/json;q=0.5, " + GRAPHQL_RESPONSE + ";q=0.9", GRAPHQL_RESPONSE);
        chosen.put("application/json, " + GRAPHQL_RESPONSE + ";q=0.1", "application/json");
        chosen.put(GRAPHQL_RESPONSE + ", application/json", GRAPHQL_RESPONSE);
        chosen.put("application/*", "application/json");
        chosen.put("text/html, */*;q=0.8", "application/json");
        chosen.put("application/json;q=0, */*", GRAPHQL_RESPONSE);
        chosen.forEach((accept, type) -> given().contentType(ContentType.JSON).header("Accept", accept).body(query)
                .when().post("/graphql").then().statusCode(200).contentType(startsWith(type))
                .body("data.country.name", is("South Korea")));
        for (String refused : new String[] {"application/json;q=0", "application/*;q=0",
            "application/json;q=0, " + GRAPHQL_RESPONSE + ";q=0"}) {
            given().contentType(ContentType.JSON).header("Accept", refused).body(query).when().post("/graphql")
                    .then().statusCode(406).contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", is("NOT_ACCEPTABLE"));
        }
    }

    @Test
    void aLongGetIsServedAndATooLongOneIsA414ThatSaysToPost() {
        String alias = "k" + "r".repeat(6_000);
        given().queryParam("query", "{ " + alias + ": country(code: \"KR\") { name } }").when().get("/graphql")
                .then().statusCode(200).body("data." + alias + ".name", is("South Korea"));
        String tooLong = "{ c" + "s".repeat(9_000) + ": countries { code } }";
        given().queryParam("query", tooLong).when().get("/graphql").then().statusCode(414)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", is("URI_TOO_LONG"))
                .body("errors[0].message", containsString("POST"));
    }

    @Test
    void otherMethodsAre405WithAllowAndACodedError() {
        for (Method method : new Method[] {Method.PUT, Method.PATCH, Method.DELETE}) {
            given().contentType(ContentType.JSON).body("{\"query\":\"{ countries { code } }\"}")
                    .when().request(method, "/graphql").then().statusCode(405).header("Allow", "GET, POST")
                    .contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", is("METHOD_NOT_ALLOWED"))
                    .body("errors[0].message", containsString(method.name()));
        }
        given().when().head("/graphql").then().statusCode(405).header("Allow", "GET, POST");
    }

    @Test
    void requestsWithoutDataAre400ForTheGraphQLResponseTypeAnd200ForJson() {
        String syntax = "{\"query\":\"{ countries { \"}";
        String unknownField = "{\"query\":\"{ countries { capital } }\"}";
        String nullVariable = "{\"query\":\"query($id: ID!) { envoy(id: $id) { name } }\",\"variables\":{\"id\":null}}";
        for (String body : new String[] {syntax, unknownField, nullVariable}) {
            given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).body(body).when().post("/graphql")
                    .then().statusCode(400).body("data", nullValue());
            given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                    .then().statusCode(200).body("data", nullValue());
        }
        Errors.single(given().contentType(ContentType.JSON).body(syntax).when().post("/graphql").then(),
                "GRAPHQL_PARSE_FAILED", "line 1");
        Errors.single(given().contentType(ContentType.JSON).body(unknownField).when().post("/graphql").then(),
                "GRAPHQL_VALIDATION_FAILED", "capital");
        Errors.single(given().contentType(ContentType.JSON).body(nullVariable).when().post("/graphql").then(),
                "BAD_USER_INPUT", "'id'");
    }

    @Test
    void queriesMayUseGetButMutationsMayNot() {
        given().queryParam("query", "{ country(code: \"JP\") { name } }").when().get("/graphql")
                .then().statusCode(200).body("data.country.name", is("Japan"));
        given().queryParam("query", "query($c: String!) { country(code: $c) { name } }")
                .queryParam("variables", "{\"c\":\"US\"}").when().get("/graphql")
                .then().statusCode(200).body("data.country.name", is("United States"));
        given().auth().preemptive().basic(Users.EDITOR, Users.EDITOR_PASSWORD)
                .queryParam("query", "mutation { deleteQuote(id: \"1\") }").when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", is("METHOD_NOT_ALLOWED"));
        GraphQL.query("quote", "id", "1").body("data.quote.partial", is(false));
    }

    @Test
    void aGetTheEngineAnswersReachesItAsTheClientSentIt() {
        given().queryParam("query", "# the operation below\nquery G {\n\t__typename\n}")
                .queryParam("operationName", "G").when().get("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.__typename", is("Query"));
        String query = "query Named($n: String!) { __schema { queryType { name } }"
                + " envoys(filter: {nameContains: $n}) { totalCount } }";
        for (String text : new String[] {"%41", "100%", "Kim"}) {
            given().queryParam("query", query).queryParam("variables", "{\"n\":\"" + text + "\"}")
                    .when().get("/graphql").then().statusCode(200).body("errors", nullValue())
                    .body("data.__schema.queryType.name", is("Query"))
                    .body("data.envoys.totalCount", text.equals("Kim") ? greaterThan(0) : is(0));
        }
        given().queryParam("query", "query G {\n  __schema { queryType { name } }\n  nope\n}")
                .when().get("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].locations[0].line", is(3));
        given().queryParam("query", "{ __typename }").queryParam("extensions", "[1]").when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", is("BAD_REQUEST"))
                .body("errors[0].message", containsString("extensions parameter must be a JSON object"));
    }

    @Test
    void crossOriginRequestsGetNoCorsPermissionByDefault() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aRepeatedJsonContentTypeAsGraphiQLSendsItIsAccepted() {
        given().header("Content-Type", "application/json, application/json")
                .body("{\"query\":\"{ country(code: \\\"KP\\\") { name } }\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(200).body("data.country.name", is("North Korea"));
    }

    @Test
    void theGraphQLDocumentContentTypeIsAccepted() {
        given().contentType("application/graphql").body("{ countries { code } }".getBytes(StandardCharsets.UTF_8)).when().post("/graphql")
                .then().statusCode(200).body("data.countries.code", hasItem("KP"));
    }

    @Test
    void errorBodiesAreJsonWithCodes() {
        String body = given().contentType(ContentType.JSON).body("{\"query\":").when().post("/graphql")
                .then().statusCode(400).extract().asString();
        Errors.assertRevealsNothing(body);
        assertEquals("BAD_REQUEST", JsonPath.from(body).getString("errors[0].extensions.code"));
    }

    @Test
    void variablesMayBeNull() {
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"{ country(code: \\\"KR\\\") { code } }\",\"variables\":null}")
                .when().post("/graphql").then().statusCode(200).body("data.country.code", equalTo("KR"));
    }
}
