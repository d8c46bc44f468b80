package io.envoys.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Assertions on the errors of a GraphQL response. */
public final class Errors {

    /**
     * What must never reach a client: Java names, stack frames, SQL and constraint names, file paths, the GraphQL
     * engine's syntax tree (StringValue{value=…}).
     */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(exception|\\bat [a-z]+\\.[a-z]+|io\\.envoys|java\\.|jakarta\\.|org\\.hibernate|\\bselect\\b[^\"]{0,80}?\\bfrom\\b"
                    + "|\\binsert into\\b|_fk\\b|_uk\\b|_pk\\b|constraint|/work/|\\.java\\b|unknown scalar type"
                    + "|\\b[a-z]+value\\{)");

    private Errors() {
    }

    /**
     * Asserts that the response has exactly one error, with this code and a message containing each fragment, and
     * that the response reveals nothing internal. Returns the message.
     */
    public static String single(ValidatableResponse response, String code, String... fragments) {
        JsonPath json = response.extract().jsonPath();
        List<Map<String, Object>> errors = json.getList("errors");
        assertTrue(errors != null && errors.size() == 1, "expected one error, got " + json.prettify());
        assertEquals(code, json.getString("errors[0].extensions.code"), json.prettify());
        String message = json.getString("errors[0].message");
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "message '" + message + "' should contain '" + fragment + "'");
        }
        assertRevealsNothing(response.extract().asString());
        return message;
    }

    public static void assertRevealsNothing(String body) {
        assertFalse(INTERNALS.matcher(body).find(), "response reveals internals: " + body);
    }

    /** What in the response looks internal and is not an echo of the request; null when nothing. */
    public static String internalsBeyond(String response, String request) {
        Matcher match = INTERNALS.matcher(response);
        String lowerRequest = request.toLowerCase(Locale.ROOT);
        while (match.find()) {
            if (!lowerRequest.contains(match.group().toLowerCase(Locale.ROOT))) {
                return match.group();
            }
        }
        return null;
    }
}
