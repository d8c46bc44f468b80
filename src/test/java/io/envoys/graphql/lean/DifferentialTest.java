package io.envoys.graphql.lean;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.language.AstPrinter;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * The lean executor and the GraphQL engine give the same answer, byte for byte, to queries generated from the schema
 * (seeded, so a failure can be replayed): every field of every type, aliases, nested connections with and without
 * page sizes (first or last), date filters and text filters (with {@code %}, {@code _} and {@code +} in them), lookups
 * of ids that exist and do not, argument values written in the document or passed as variables, in a named operation
 * picked by {@code operationName}. Each query is sent as it is (the lean path answers it) and with an introspection
 * field added at its end (only the engine answers introspection), over POST and over GET; the four answers, the
 * introspection field and the two objects it counts taken out, must be equal.
 */
@QuarkusTest
class DifferentialTest {

    private static final long SEED = 20_161_213L;
    private static final int QUERIES = 150;
    private static final int DEPTH = 4;
    /** Before everything and after everything the dataset holds. */
    private static final List<String> RECORDED_SINCE = List.of("2000-01-01T00:00:00Z", "2999-12-31T23:59:59+02:00");
    private static final String INTROSPECTION = " __schema { queryType { name } }";
    private static final Pattern ANSWERED = Pattern.compile(
            "envoys_graphql_lean_total\\{[^}]*outcome=\"answered\"[^}]*} ([0-9.E]+)");

    @Inject
    RootFields rootFields;

    private final Random random = new Random(SEED);
    private final TypeDefinitionRegistry schema = schema();
    private int aliases;
    /** The variables of the query being generated: their declarations and their values. */
    private final List<String> declarations = new ArrayList<>();
    private final Map<String, Object> variables = new LinkedHashMap<>();

    @Test
    void theLeanPathAndTheEngineGiveTheSameAnswerOverPostAndGet() {
        double answeredBefore = answered();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < QUERIES && differences.size() < 5; i++) {
            declarations.clear();
            variables.clear();
            String selection = selection("Query", 0);
            String name = "Q" + i;
            String head = "query " + name + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations)
                    + ")") + " {";
            String query = head + selection + " }";
            String withEngine = head + selection + INTROSPECTION + " }";
            String lean = new JsonObject(post(query, name, variables)).encode();
            Map<String, String> others = Map.of("engine over POST",
                    withoutIntrospection(post(withEngine, name, variables)),
                    "lean over GET", new JsonObject(get(query, name, variables)).encode(),
                    "engine over GET", withoutIntrospection(get(withEngine, name, variables)));
            others.forEach((path, answer) -> {
                if (!answer.equals(lean)) {
                    differences.add(query + " " + variables + "\n  lean over POST: " + lean + "\n  " + path + ": "
                            + answer);
                }
            });
        }
        assertEquals(List.of(), differences);
        double answeredByLean = answered() - answeredBefore;
        assertTrue(answeredByLean >= QUERIES * 2 * 0.9, "the lean path answered " + answeredByLean + " of the "
                + QUERIES * 2 + " requests without introspection, so the comparison compares the two paths");
    }

    /** Fields of a type, one to three of them picked at random, with arguments; a leaf among them at least. */
    private String selection(String typeName, int depth) {
        ObjectTypeDefinition type = schema.getType(typeName, ObjectTypeDefinition.class).orElseThrow();
        List<FieldDefinition> fields = new ArrayList<>(type.getFieldDefinitions());
        Collections.shuffle(fields, random);
        StringBuilder selected = new StringBuilder();
        boolean leaf = false;
        int wanted = 1 + random.nextInt(3);
        for (FieldDefinition field : fields) {
            if (wanted == 0) {
                break;
            }
            if (depth == 0 && rootFields.refused().containsKey(field.getName())) {
                continue;
            }
            String arguments = arguments(field);
            if (arguments == null) {
                continue;
            }
            String fieldType = TypeUtil.unwrapAll(field.getType()).getName();
            boolean object = schema.getType(fieldType, ObjectTypeDefinition.class).isPresent();
            if (object && depth >= DEPTH) {
                continue;
            }
            selected.append(' ').append(random.nextInt(6) == 0 ? "a" + aliases++ + ": " : "").append(field.getName())
                    .append(arguments);
            if (object) {
                selected.append(" {").append(selection(fieldType, depth + 1)).append(" }");
            } else {
                leaf = true;
            }
            wanted--;
        }
        return leaf ? selected.toString() : selected + " __typename";
    }

    /**
     * The field's arguments, or null when it needs one this generator cannot give; each value written in the
     * document, or, one time in three, passed as a variable of the argument's type.
     */
    private String arguments(FieldDefinition field) {
        List<String> given = new ArrayList<>();
        boolean paged = false;
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            String name = argument.getName();
            Object value = (name.equals("first") || name.equals("last")) && paged ? null
                    : value(name, TypeUtil.unwrapAll(argument.getType()));
            if (value == null && TypeUtil.isNonNull(argument.getType())) {
                return null;
            }
            if (value == null) {
                continue;
            }
            paged |= name.equals("first") || name.equals("last");
            if (random.nextInt(3) == 0) {
                String variable = "v" + variables.size();
                declarations.add("$" + variable + ": " + AstPrinter.printAst(argument.getType()));
                variables.put(variable, value);
                given.add(name + ": $" + variable);
            } else {
                given.add(name + ": " + literal(value));
            }
        }
        return given.isEmpty() ? "" : "(" + String.join(", ", given) + ")";
    }

    /** A value for an argument, as JSON would hold it (a string, a number, an object), or null for none. */
    private Object value(String name, TypeName type) {
        return switch (name) {
            case "id" -> String.valueOf(1 + random.nextInt(8));
            case "code" -> pick(List.of("KR", "US", "JP", "QQ"));
            case "first", "last" -> random.nextBoolean() ? null : 1 + random.nextInt(5);
            case "filter" -> filter(type.getName());
            default -> null;
        };
    }

    private Map<String, Object> filter(String type) {
        if (random.nextInt(3) != 0) {
            return null;
        }
        return switch (type) {
            case "DateRange" -> Map.of("from", pick(List.of("2010-01-01", "2016-12-13", "2030-01-01")));
            case "EnvoyFilter" -> Map.of("nameContains", pick(List.of("Kim", "an", "%", "_u", "a+b")));
            case "MeetingFilter" -> random.nextBoolean() ? Map.of("city", pick(List.of("Seoul", "seoul", "Se%")))
                    : Map.of("recordedSince", pick(RECORDED_SINCE));
            case "QuoteFilter" -> random.nextBoolean()
                    ? Map.of("textContains", pick(List.of("North Korea", "100%", "coordination")))
                    : Map.of("recordedSince", pick(RECORDED_SINCE));
            default -> null;
        };
    }

    /** A value written as a GraphQL literal: strings quoted, objects with their fields unquoted. */
    private static String literal(Object value) {
        if (value instanceof Map<?, ?> object) {
            List<String> fields = new ArrayList<>();
            object.forEach((field, inner) -> fields.add(field + ": " + literal(inner)));
            return "{ " + String.join(", ", fields) + " }";
        }
        return value instanceof String text ? Json.encode(text) : String.valueOf(value);
    }

    private static String post(String query, String operationName, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "operationName", operationName,
                "variables", variables)).when().post("/graphql").then().extract().asString();
    }

    private static String get(String query, String operationName, Map<String, Object> variables) {
        return given().queryParam("query", query).queryParam("operationName", operationName)
                .queryParam("variables", new JsonObject(variables).encode()).when().get("/graphql").then().extract()
                .asString();
    }

    /**
     * The answer as JSON written one way, members in their order, without the introspection field the engine was
     * asked for.
     */
    /** The answer to a query sent with the introspection field, as if sent without it. */
    private static String withoutIntrospection(String answer) {
        JsonObject body = new JsonObject(answer);
        JsonObject data = body.getJsonObject("data");
        if (data != null) {
            data.remove("__schema");
        }
        JsonObject cost = body.getJsonObject("extensions", new JsonObject()).getJsonObject("cost");
        if (cost != null) {
            // the schema and its query type, which the estimate counts, also in a refusal's message
            long estimate = cost.getLong("estimate");
            cost.put("estimate", estimate - 2);
            return body.encode().replace(String.format("up to %,d objects", estimate),
                    String.format("up to %,d objects", estimate - 2));
        }
        return body.encode();
    }

    private static double answered() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher answered = ANSWERED.matcher(metrics);
        return answered.find() ? Double.parseDouble(answered.group(1)) : 0;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static TypeDefinitionRegistry schema() {
        try (InputStream in = DifferentialTest.class.getClassLoader().getResourceAsStream("schema.graphql")) {
            return new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
