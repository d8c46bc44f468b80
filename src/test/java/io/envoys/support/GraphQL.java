package io.envoys.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Posts the GraphQL documents kept under src/test/resources/graphql to the running service. Every error of every
 * answer, in every suite that posts through here, is checked for internals (stack frames, class names, SQL).
 */
public final class GraphQL {

    private GraphQL() {
    }

    /** An anonymous request: the document {@code graphql/<name>.graphql} with variables as name, value pairs. */
    public static ValidatableResponse query(String name, Object... variables) {
        return post(given(), name, variables);
    }

    /**
     * The same anonymous request, answered by the GraphQL engine instead of the lean executor: the operation also
     * asks for {@code __schema { queryType { name } }}, which only the engine answers.
     */
    public static ValidatableResponse viaEngine(String name, Object... variables) {
        return send(given(), document(name).replaceFirst("\\{", "{ __schema { queryType { name } } "), variables);
    }

    /** The same request with an editor's credentials. */
    public static ValidatableResponse asEditor(String name, Object... variables) {
        return post(given().auth().preemptive().basic(Users.EDITOR, Users.EDITOR_PASSWORD), name, variables);
    }

    public static ValidatableResponse as(String user, String password, String name, Object... variables) {
        return post(given().auth().preemptive().basic(user, password), name, variables);
    }

    /** A request with a document given inline, for tests that generate documents. */
    public static ValidatableResponse raw(String document) {
        Map<String, Object> body = Map.of("query", document);
        return revealingNothing(given().contentType(ContentType.JSON).body(body).when().post("/graphql").then(), body);
    }

    private static ValidatableResponse post(RequestSpecification request, String name, Object... variables) {
        return send(request, document(name), variables);
    }

    private static ValidatableResponse send(RequestSpecification request, String document, Object... variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables(variables));
        return revealingNothing(request.contentType(ContentType.JSON).body(body).when().post("/graphql").then()
                .statusCode(200), body);
    }

    private static ValidatableResponse revealingNothing(ValidatableResponse response, Map<String, Object> request) {
        Object errors = response.extract().path("errors");
        if (errors != null) {
            String leaked = Errors.internalsBeyond(errors.toString(), request.toString());
            assertNull(leaked, "an error reveals internals (" + leaked + "): " + errors);
        }
        return response;
    }

    public static String document(String name) {
        String path = "graphql/" + name + ".graphql";
        try (InputStream in = GraphQL.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> variables(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("variables come as name, value pairs");
        }
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }
}
