package io.envoys.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A seeded generator of hostile GraphQL requests. */
final class HostileRequests {

    record Request(String body, String contentType, boolean asEditor, boolean mutation) {
    }

    private static final String JSON = "application/json";

    private static final String ENVOYS = "query($filter: EnvoyFilter, $first: Int, $after: String) {"
            + " envoys(filter: $filter, first: $first, after: $after) { totalCount nodes { id name } } }";
    private static final String MEETINGS = "query($filter: MeetingFilter, $first: Int, $after: String) {"
            + " meetings(filter: $filter, first: $first, after: $after) { totalCount nodes { id title topics } } }";
    private static final String QUOTES = "query($filter: QuoteFilter, $first: Int, $after: String) {"
            + " quotes(filter: $filter, first: $first, after: $after) { totalCount nodes { id text } } }";
    private static final String LOOKUPS = "query($id: ID!, $code: String!) { envoy(id: $id) { name }"
            + " meeting(id: $id) { title } quote(id: $id) { text } country(code: $code) { name } }";
    private static final List<String> LISTS = List.of(ENVOYS, MEETINGS, QUOTES);
    private static final Map<String, List<String>> FILTER_FIELDS = Map.of(
            ENVOYS, List.of("countryCode", "nameContains"),
            MEETINGS, List.of("from", "to", "city", "hostCountryCode", "participantId", "topic"),
            QUOTES, List.of("speakerId", "meetingId", "textContains"));

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "\" OR \"\"=\"", "1; DROP TABLE envoy; --",
            "%", "_", "%_%", "\\", "\\%", "' UNION SELECT name FROM country --", "${jndi:ldap://127.0.0.1/a}",
            "<script>alert(1)</script>", "{{7*7}}", "../../etc/passwd", "{\"$gt\": \"\"}", "admin'--", "NaN", "-1",
            "9999999999999999999999", "0x7fffffff", " ", "", "\t\n", "null", "KR' --", "1 OR 1=1", "*/*", "@@version");
    private static final List<String> ODD_UNICODE = List.of("\u202Eevil", "\uFEFF", "Ünïcödé", "名前", "😀",
            "\uD800", "\uDC00abc", "\u0000\u0001", "a\u0301", "\u200B", "\uFFFF", "ß", "İ", "\r\n");

    private static final Map<String, String> HOSTILE_MUTATIONS = Map.of(
            "mutation($s: String!) { createCountry(input: { code: $s, name: $s }) { id } }", "code",
            "mutation($s: String!) { createEnvoy(input: { name: $s, countryCode: \"QQ\" }) { id } }", "country",
            "mutation($s: String!) { updateEnvoy(id: \"999999999\", expectedVersion: 0, input: { name: $s,"
                    + " countryCode: \"KR\" }) { id } }", "envoy",
            "mutation($s: String!) { recordQuote(input: { meetingId: \"999999999\", speakerId: \"1\", text: $s })"
                    + " { id } }", "meeting",
            "mutation($s: String!) { createMeeting(input: { title: $s, date: \"2020-01-01\", city: $s,"
                    + " hostCountryCode: \"QQ\", participantIds: [\"999999999\"] }) { id } }", "meeting",
            "mutation($s: ID!) { deleteQuote(id: $s) }", "id",
            "mutation($s: ID!) { removeParticipant(meetingId: \"999999999\", envoyId: $s) { id } }", "id");

    private final Random random;

    HostileRequests(Random random) {
        this.random = random;
    }

    Request next() {
        return switch (random.nextInt(10)) {
            case 0 -> brokenJson();
            case 1 -> wrongVariableTypes();
            case 2 -> filters(hugeString());
            case 3 -> filters(oddUnicode());
            case 4 -> deepNesting();
            case 5 -> wideAliases();
            case 6 -> unknownFieldsAndArguments();
            case 7 -> filters(injection());
            case 8 -> crossSite();
            default -> hostileMutation();
        };
    }

    private Request brokenJson() {
        String valid = body(pick(LISTS), new JsonObject().put("first", 5));
        String broken = switch (random.nextInt(4)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length()));
            case 1 -> replaceOneCharacter(valid);
            case 2 -> pick(List.of("[", "{", "\"", "nul", "{}{}", "0", "true", "{\"query\":null}")) + valid;
            default -> randomText(1 + random.nextInt(200));
        };
        return query(broken);
    }

    private Request wrongVariableTypes() {
        if (random.nextBoolean()) {
            return query(body(LOOKUPS, new JsonObject().put("id", randomValue(2)).put("code", randomValue(2))));
        }
        return query(body(pick(LISTS), new JsonObject().put("first", randomValue(2)).put("after", randomValue(2))
                .put("filter", random.nextBoolean() ? randomValue(2) : randomFilter(this::randomValueAsObject))));
    }

    private Request filters(String value) {
        String list = pick(LISTS);
        JsonObject filter = new JsonObject().put(pick(FILTER_FIELDS.get(list)), value);
        JsonObject variables = new JsonObject().put("filter", filter);
        if (random.nextInt(4) == 0) {
            variables.put("after", random.nextBoolean() ? value : forgedCursor(value));
        }
        if (random.nextInt(4) == 0) {
            return query(body(LOOKUPS, new JsonObject().put("id", value).put("code", value)));
        }
        return query(body(list, variables));
    }

    /** A cursor as the service writes them (a list's name and key parts, base64url), with the value as key parts. */
    private String forgedCursor(String value) {
        StringBuilder text = new StringBuilder(pick(List.of("envoys", "meetings", "quotes")));
        for (int parts = 1 + random.nextInt(4); parts > 0; parts--) {
            text.append('\u001f').append(random.nextBoolean() ? value : String.valueOf(random.nextInt(2_000)));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private JsonObject randomFilter(Supplier<Object> values) {
        String list = pick(LISTS);
        JsonObject filter = new JsonObject();
        for (String field : FILTER_FIELDS.get(list)) {
            if (random.nextBoolean()) {
                filter.put(field, values.get());
            }
        }
        return filter;
    }

    private Request deepNesting() {
        int rounds = 8 + random.nextInt(40);
        StringBuilder query = new StringBuilder("{ meetings(first: 1) { nodes {");
        query.append(" participants { meetings {".repeat(rounds)).append(" id");
        query.append(" } }".repeat(random.nextInt(5) == 0 ? rounds - 1 : rounds)).append(" } } }");
        return query(new JsonObject().put("query", query.toString()).encode());
    }

    private Request wideAliases() {
        int count = 500 + random.nextInt(2_500);
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": country(code: \"KR\") { name }");
        }
        return query(new JsonObject().put("query", query.append(" }").toString()).encode());
    }

    private Request unknownFieldsAndArguments() {
        String name = "f" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36);
        String query = switch (random.nextInt(4)) {
            case 0 -> "{ " + name + " }";
            case 1 -> "{ envoys(" + name + ": 1) { totalCount } }";
            case 2 -> "{ meetings { nodes { " + name + " } } }";
            default -> "{ envoy(id: \"1\") { name " + name + "(x: $y) } }";
        };
        return query(new JsonObject().put("query", query).encode());
    }

    private Request crossSite() {
        String type = pick(List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                "text/plain;charset=UTF-8"));
        String body = new JsonObject().put("query", "mutation { deleteQuote(id: \"1\") }").encode();
        return new Request(body, type, true, true);
    }

    private Request hostileMutation() {
        String mutation = pick(List.copyOf(HOSTILE_MUTATIONS.keySet()));
        String value = switch (random.nextInt(3)) {
            case 0 -> injection();
            case 1 -> oddUnicode();
            default -> hugeString();
        };
        String hostile = HOSTILE_MUTATIONS.get(mutation).equals("code") ? value + "!" : value;
        return new Request(body(mutation, new JsonObject().put("s", hostile)), JSON, random.nextInt(4) != 0, true);
    }

    private Request query(String body) {
        return new Request(body, JSON, false, false);
    }

    private static String body(String query, JsonObject variables) {
        return new JsonObject().put("query", query).put("variables", variables).encode();
    }

    private Object randomValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0 -> null;
            case 1 -> random.nextLong();
            case 2 -> random.nextDouble() * 1e12;
            case 3 -> random.nextBoolean();
            case 4 -> injection();
            case 5 -> oddUnicode();
            case 6 -> new JsonArray(List.of(randomValueOrText(depth - 1), randomValueOrText(depth - 1)));
            default -> new JsonObject().put("k" + random.nextInt(9), randomValueOrText(depth - 1));
        };
    }

    private Object randomValueOrText(int depth) {
        Object value = randomValue(depth);
        return value == null ? "" : value;
    }

    private Object randomValueAsObject() {
        return randomValue(1);
    }

    private String injection() {
        return pick(INJECTIONS);
    }

    private String oddUnicode() {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            text.append(pick(ODD_UNICODE));
        }
        return text.toString();
    }

    private String hugeString() {
        return pick(List.of("a", "%", "😀", "名", "' OR 1=1 ")).repeat(5_000 + random.nextInt(45_000));
    }

    private String replaceOneCharacter(String text) {
        int at = random.nextInt(text.length());
        return text.substring(0, at) + pick(List.of("{", "}", "[", "]", "\"", ",", ":", "\\")) + text.substring(at + 1);
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (32 + random.nextInt(95)));
        }
        return text.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
