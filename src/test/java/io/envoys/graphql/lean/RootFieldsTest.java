package io.envoys.graphql.lean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DateFormat;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every Query field has exactly one declaration, its {@code @Query} method, and the lean executor serves the field
 * from it: no schema field without a lean implementation, no lean implementation without a schema field. A method
 * whose annotations change what the engine does around it is left to the engine.
 */
@QuarkusTest
class RootFieldsTest {

    @Inject
    RootFields rootFields;

    @Inject
    GraphQLSchema schema;

    @Test
    void everyQueryFieldIsServedLeanFromItsQueryMethodAndNothingElseIs() {
        Set<String> inSchema = new TreeSet<>();
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            inSchema.add(field.getName());
        }
        assertEquals(Map.of("article", "article carries @RolesAllowed", "articles", "articles carries @RolesAllowed"),
                rootFields.refused(), "only the editors' article queries are kept from the lean path: the engine"
                        + " checks their role");
        inSchema.removeAll(rootFields.refused().keySet());
        assertEquals(inSchema, new TreeSet<>(rootFields.served()));
    }

    @Test
    void aRoleCheckOrAFormatKeepsAFieldFromTheLeanPath() throws NoSuchMethodException {
        NotLean role = assertThrows(NotLean.class, () -> declared("secret"));
        assertTrue(role.getMessage().contains("@RolesAllowed"), role.getMessage());
        NotLean format = assertThrows(NotLean.class, () -> declared("onDay", LocalDate.class));
        assertTrue(format.getMessage().contains("@DateFormat"), format.getMessage());
        assertEquals("plain", declared("plain", Integer.class).name());
        assertEquals("capital", declared("getCapital").name(), "a getter's field, as SmallRye GraphQL names it");
    }

    @Test
    void aDefaultValueFromTheSchemaArrivesAsTheParametersType() throws NoSuchMethodException {
        RootField plain = declared("plain", Integer.class);
        assertEquals("20", plain.resolve(plain.parameters(Map.of("first", new BigDecimal("20")))));
        assertEquals("7", plain.resolve(plain.parameters(Map.of("first", 7))));
        NotLean notAWholeNumber = assertThrows(NotLean.class, () -> plain.parameters(Map.of("first", "名前")));
        assertEquals(NotLean.UNCONVERTIBLE_ARGUMENT, notAWholeNumber.cause());
    }

    private static RootField declared(String name, Class<?>... parameters) throws NoSuchMethodException {
        Method method = Examples.class.getMethod(name, parameters);
        return RootField.of(Examples.class, method, new Examples());
    }

    /** Query methods as an API class could declare them; not a {@code @GraphQLApi} bean, so not in the schema. */
    public static class Examples {

        @Query("secret")
        @RolesAllowed("editor")
        public String secret() {
            return "only for editors";
        }

        @Query("onDay")
        public String onDay(@Name("day") @DateFormat("dd.MM.yyyy") LocalDate day) {
            return day.toString();
        }

        @Query
        public String getCapital() {
            return "Seoul";
        }

        @Query("plain")
        public String plain(@Name("first") @DefaultValue("20") Integer first) {
            return String.valueOf(first);
        }
    }
}
