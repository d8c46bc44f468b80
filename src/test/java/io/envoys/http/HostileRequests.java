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

    /**
     * A request: its body (for GET, the JSON whose members become the query string), Content-Type, whether it carries
     * an editor's credentials and is a mutation, its HTTP method and its Accept header (null: none).
     */
    record Request(String body, String contentType, boolean asEditor, boolean mutation, String method,
            String accept) {

        Request(String body, String contentType, boolean asEditor, boolean mutation) {
            this(body, contentType, asEditor, mutation, "POST", null);
        }
    }

    private static final String JSON = "application/json";

    private static final String ENVOYS = "query($filter: EnvoyFilter, $first: Int, $after: String) {"
            + " envoys(filter: $filter, first: $first, after: $after) { totalCount nodes { id name } } }";
    private static final String MEETINGS = "query($filter: MeetingFilter, $first: Int, $after: String) {"
            + " meetings(filter: $filter, first: $first, after: $after) { totalCount nodes { id title topics } } }";
    private static final String QUOTES = "query($filter: QuoteFilter, $first: Int, $after: String) {"
            + " quotes(filter: $filter, first: $first, after: $after) { totalCount nodes { id text } } }";
    /** The nested connections that take a date range: an envoy's meetings and quotes, a country's hosted meetings. */
    private static final String NESTED_DATED = "query($filter: DateRange, $first: Int, $after: String) {"
            + " envoy(id: \"1\") {"
            + " meetings(filter: $filter, first: $first, after: $after) { totalCount nodes { id title } }"
            + " quotes(filter: $filter, first: $first, after: $after) { totalCount nodes { id text } } }"
            + " country(code: \"KR\") { hostedMeetings(filter: $filter, first: $first, after: $after) {"
            + " totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }";
    /** The nested connections that only page: an envoy's counterparts, a country's envoys, a meeting's quotes. */
    private static final String NESTED_PAGED = "query($first: Int, $after: String) {"
            + " envoy(id: \"2\") { counterparts(first: $first, after: $after) { totalCount"
            + " nodes { meetingCount lastMetOn envoy { name } } } }"
            + " country(code: \"US\") { envoys(first: $first, after: $after) { totalCount nodes { id name } } }"
            + " meeting(id: \"1\") { quotes(first: $first, after: $after) { totalCount"
            + " pageInfo { hasPreviousPage startCursor } nodes { id position } } } }";
    private static final String LOOKUPS = "query($id: ID!, $code: String!) { envoy(id: $id) { name }"
            + " meeting(id: $id) { title } quote(id: $id) { text } country(code: $code) { name } }";
    private static final List<String> LISTS = List.of(ENVOYS, MEETINGS, QUOTES, NESTED_DATED, NESTED_PAGED);
    /** The fields of each list's filter; a list without one takes hostile values as its cursor. */
    private static final Map<String, List<String>> FILTER_FIELDS = Map.of(
            ENVOYS, List.of("countryCode", "nameContains"),
            MEETINGS, List.of("from", "to", "city", "hostCountryCode", "participantId", "topic"),
            QUOTES, List.of("speakerId", "meetingId", "textContains"),
            NESTED_DATED, List.of("from", "to"),
            NESTED_PAGED, List.of());
    /** Page sizes at and beyond the bounds of first (1 to 100). */
    private static final List<Integer> PAGE_SIZES = List.of(0, -1, 1, 2, 100, 101, Integer.MAX_VALUE,
            Integer.MIN_VALUE);
    /** Names of lists in cursors: the root connections' and the nested ones' (Type.field). */
    private static final List<String> CURSOR_LISTS = List.of("envoys", "meetings", "quotes", "Envoy.meetings",
            "Envoy.quotes", "Envoy.counterparts", "Country.envoys", "Country.hostedMeetings", "Meeting.quotes");

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
            "mutation($s: ID!) { removeParticipant(meetingId: \"999999999\", envoyId: $s) { id } }", "id",
            "mutation($s: String!) { ingestArticle(input: { text: $s, publishedOn: \"2020-01-01\", url: $s })"
                    + " { id } }", "url",
            "mutation($s: String!) { confirmArticle(id: \"999999999\", expectedVersion: 0, corrections: { quotes:"
                    + " [{ start: -1, end: 5, speaker: $s }], participants: [{ name: $s, countryCode: $s }] })"
                    + " { id } }", "article",
            "mutation($s: ID!) { rejectArticle(id: $s, expectedVersion: 0) { id } }", "id");

    /** Values that a strict Int, ID or Date refuses, or that sit at their edges. */
    private static final List<Object> ODD_INTS = List.of("5", "1abc", "2.9", "0x10", "4294967298", 2.9, 2.0,
            4_294_967_298L, true, "", -0.0);
    private static final List<Object> ODD_IDS = List.of(true, 1.5, new JsonObject().put("a", 1), new JsonArray().add(1),
            -1, "0", " 1", "1e3");
    private static final List<Object> ODD_DATES = List.of("0000-01-01", "-0001-01-01", "+10000-01-01", "1494-06-07",
            "0001-01-01", "9999-12-31", "1582-10-10", "2016-02-30", "2016-1-1", 20_161_213, "13/12/2016", true);
    /** A variable with a default and a non-null place, for explicit nulls (spec 6.4.1). */
    private static final String DEFAULTED = "query($id: ID = \"1\", $first: Int = 2, $show: Boolean = true,"
            + " $from: Date = \"2000-01-01\") { envoy(id: $id) { name meetings(first: $first, filter: {from: $from})"
            + " { totalCount } } countries @include(if: $show) { code } }";
    private static final List<String> ACCEPTS = List.of("application/graphql-response+json;q=0, application/json",
            "application/json;q=0", "application/json;q=0.1, application/graphql-response+json;q=0.2",
            "*/*;q=0", "text/html", "application/*;q=0.5", "application/json;q=abc", ";;;", "*/*");
    private static final List<String> ODD_METHODS = List.of("PUT", "PATCH", "DELETE", "HEAD", "TRACE");
    /** Query texts for GET: percent signs, comments and newlines, an operation name. */
    private static final List<String> GET_QUERIES = List.of("# a comment\nquery G { __typename }",
            "query G {\n\t__schema { queryType { name } }\n}", "{ envoys(filter: {nameContains: \"100%\"}) { totalCount } }",
            "{ envoys(filter: {nameContains: \"%41\"}) { totalCount } __typename }", "query G { nope }",
            "mutation { createCountry(input: {code: \"QF\", name: \"Over GET\"}) { code } }",
            "query G { countries { code } } query H { __schema { queryType { name } } }");

    private final Random random;

    HostileRequests(Random random) {
        this.random = random;
    }

    Request next() {
        return switch (random.nextInt(14)) {
            case 0 -> brokenJson();
            case 1 -> wrongVariableTypes();
            case 2 -> filters(hugeString());
            case 3 -> filters(oddUnicode());
            case 4 -> deepNesting();
            case 5 -> wideAliases();
            case 6 -> unknownFieldsAndArguments();
            case 7 -> filters(injection());
            case 8 -> crossSite();
            case 9 -> oddScalars();
            case 10 -> oddMethodOrAccept();
            case 11 -> overGet();
            case 12 -> oddEncoding();
            default -> hostileMutation();
        };
    }

    /** Ints as strings and fractions, IDs of other JSON types, impossible, ancient and signed dates, explicit nulls. */
    private Request oddScalars() {
        return switch (random.nextInt(4)) {
            case 0 -> query(body(pick(LISTS), new JsonObject().put("first", pick(ODD_INTS))));
            case 1 -> query(body(LOOKUPS, new JsonObject().put("id", pick(ODD_IDS)).put("code", "KR")));
            case 2 -> query(body(NESTED_DATED, new JsonObject().put("filter", new JsonObject()
                    .put(random.nextBoolean() ? "from" : "to", pick(ODD_DATES)))));
            default -> query(body(DEFAULTED, new JsonObject().putNull(pick(List.of("id", "first", "show", "from")))));
        };
    }

    /** A method other than GET and POST, or an Accept header with q-values, odd or refusing. */
    private Request oddMethodOrAccept() {
        String body = body(pick(LISTS), new JsonObject().put("first", 2));
        return random.nextBoolean() ? new Request(body, JSON, false, false, pick(ODD_METHODS), null)
                : new Request(body, JSON, false, false, "POST", pick(ACCEPTS));
    }

    /** A body in a declared charset, after a byte order mark, or as a bare document; some bound for the engine. */
    private Request oddEncoding() {
        String query = pick(List.of("{ countries { code } }",
                "# first\n{ countries { code } __schema { types { name } } }"));
        String json = new JsonObject().put("query", query).put("operationName", pick(List.of("", "G"))).encode();
        return switch (random.nextInt(3)) {
            case 0 -> new Request(json, JSON + "; charset=" + pick(List.of("iso-8859-1", "utf-16", "bogus", "UTF-8")),
                    false, false);
            case 1 -> new Request("\uFEFF" + json, JSON, false, false);
            default -> new Request(query, "application/graphql", false, false);
        };
    }

    /** A GET whose query text holds percent signs, comments, tabs and newlines, sometimes with an operation name. */
    private Request overGet() {
        JsonObject parameters = new JsonObject().put("query", pick(GET_QUERIES));
        if (random.nextBoolean()) {
            parameters.put("operationName", pick(List.of("G", "H", "%41", "")));
        }
        if (random.nextInt(3) == 0) {
            parameters.put("variables", pick(List.of("{\"n\":\"100%\"}", "%7B%7D", "[1]", "{")));
        }
        if (random.nextInt(4) == 0) {
            parameters.put("extensions", pick(List.of("{}", "[1]", "1", "{\"a\":")));
        }
        return new Request(parameters.encode(), JSON, false, false, "GET", null);
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
        List<String> fields = FILTER_FIELDS.get(list);
        JsonObject variables = new JsonObject();
        if (!fields.isEmpty()) {
            variables.put("filter", new JsonObject().put(pick(fields), value));
        }
        if (fields.isEmpty() || random.nextInt(4) == 0) {
            variables.put("after", random.nextBoolean() ? value : forgedCursor(value));
        }
        if (random.nextInt(4) == 0) {
            variables.put("first", pick(PAGE_SIZES));
        }
        if (random.nextInt(4) == 0) {
            return query(body(LOOKUPS, new JsonObject().put("id", value).put("code", value)));
        }
        return query(body(list, variables));
    }

    /** A cursor as the service writes them (a list's name and key parts, base64url), with the value as key parts. */
    private String forgedCursor(String value) {
        StringBuilder text = new StringBuilder(pick(CURSOR_LISTS));
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

    /**
     * Nesting far beyond the depth limit through the nested connections, each round with its own page arguments: a
     * meeting's participants' meetings (which also multiplies past the cost budget), its host's hosted meetings, its
     * quotes' speakers' quotes; one in five leaves a brace open.
     */
    private Request deepNesting() {
        int rounds = 8 + random.nextInt(40);
        StringBuilder query = new StringBuilder("{ meetings(first: 1) { nodes {");
        StringBuilder closing = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    query.append(" participants { meetings").append(pageArguments()).append(" { nodes {");
                    closing.append(" } } }");
                }
                case 1 -> {
                    query.append(" hostCountry { hostedMeetings").append(pageArguments()).append(" { nodes {");
                    closing.append(" } } }");
                }
                default -> {
                    query.append(" quotes").append(pageArguments()).append(" { nodes { speaker { meetings")
                            .append(pageArguments()).append(" { nodes {");
                    closing.append(" } } } } }");
                }
            }
        }
        query.append(" id");
        String close = closing.toString();
        if (random.nextInt(5) == 0) {
            close = close.substring(0, close.length() - 2);
        }
        query.append(close).append(" } } }");
        return query(new JsonObject().put("query", query.toString()).encode());
    }

    /** Nothing, a page size (in range or not), a forged cursor, or both, as a nested connection's arguments. */
    private String pageArguments() {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "(first: " + pick(PAGE_SIZES) + ")";
            case 2 -> "(after: \"" + forgedCursor(String.valueOf(random.nextInt(2_000))) + "\")";
            default -> "(first: " + (1 + random.nextInt(100)) + ", after: \""
                    + forgedCursor(String.valueOf(random.nextInt(2_000))) + "\")";
        };
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
        String query = switch (random.nextInt(7)) {
            case 0 -> "{ " + name + " }";
            case 1 -> "{ envoys(" + name + ": 1) { totalCount } }";
            case 2 -> "{ meetings { nodes { " + name + " } } }";
            case 3 -> "{ envoy(id: \"1\") { meetings(" + name + ": 1) { totalCount } } }";
            case 4 -> "{ envoy(id: \"1\") { counterparts { nodes { " + name + " } } } }";
            case 5 -> "{ country(code: \"KR\") { envoys { name } } }";
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
