package io.envoys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served SDL equals the copy kept in src/test/resources/schema.graphql, so every change to the public API shows
 * up as a diff of that file. After an intended change, refresh the copy with
 * {@code ./mvnw test -Dtest=SchemaSnapshotTest -Dschema.update=true} and commit it. Introspection agrees with it.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/schema.graphql");

    @Test
    void theServedSchemaMatchesTheCommittedSnapshot() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), served,
                "The served schema differs from " + SNAPSHOT + "; if the change is intended, refresh the snapshot"
                        + " with -Dschema.update=true and commit it");
    }

    @Test
    void introspectionListsOnlyTheDirectivesTheServiceActsOn() {
        GraphQL.query("schema-directives").statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.directives.name",
                        containsInAnyOrder("include", "skip", "deprecated", "specifiedBy"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200).body(not(containsString("directive @")));
    }
}
