package io.envoys.live;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.envoys.support.GraphQLSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * Subscriptions over graphql-transport-ws: filters, commit-only and ordered delivery, completion, and the coded
 * refusals of bad or excessive subscriptions.
 */
@QuarkusTest
class SubscriptionsTest {

    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final String SLOW_CONSUMER = "SLOW_CONSUMER: messages waited unsent; read faster or subscribe to"
            + " less";
    private static String envoyA;
    private static String envoyB;

    @TestHTTPResource("/graphql")
    URL graphql;

    @BeforeEach
    void recordTheEnvoysOnce() {
        if (envoyA != null) {
            return;
        }
        GraphQL.asEditor("create-country", "input", Map.of("code", "VA", "name", "Vantaland"))
                .body("errors", nullValue());
        GraphQL.asEditor("create-country", "input", Map.of("code", "VB", "name", "Vestria"))
                .body("errors", nullValue());
        envoyA = GraphQL.asEditor("create-envoy", "input", Map.of("name", "Ada Vale", "countryCode", "VA"))
                .extract().path("data.createEnvoy.id");
        envoyB = GraphQL.asEditor("create-envoy", "input", Map.of("name", "Bo Verne", "countryCode", "VB"))
                .extract().path("data.createEnvoy.id");
    }

    @Test
    void eachSubscriberReceivesExactlyTheQuotesItsFilterPassesInTheOrderTheyWereRecorded() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            socket.subscribe("byA", "subscribe-quotes", "filter", Map.of("speakerId", envoyA));
            socket.subscribe("fromVB", "subscribe-quotes", "filter", Map.of("countryCode", "VB"));
            socket.subscribe("all", "subscribe-quotes");
            waitUntilSubscribed(socket);
            String meeting = GraphQL.asEditor("create-meeting", "input", meetingInput("Quotes in order", "VA",
                    List.of(envoyA, envoyB))).extract().path("data.createMeeting.id");
            List<String> said = List.of("A one", "B one", "A two", "A three", "B two");
            for (String text : said) {
                quote(meeting, text.startsWith("A") ? envoyA : envoyB, text);
            }
            List<JsonObject> events = events(socket, 3 + 2 + 5);
            assertEquals(List.of("A one", "A two", "A three"), texts(events, "byA"));
            assertEquals(List.of("B one", "B two"), texts(events, "fromVB"));
            assertEquals(said, texts(events, "all"));
            JsonObject first = payload(events.get(0));
            assertEquals(meeting, first.getJsonObject("meeting").getString("id"));
            assertEquals("Quotes in order", first.getJsonObject("meeting").getString("title"));
            JsonObject speaker = first.getJsonObject("speaker");
            assertTrue(List.of("Ada Vale", "Bo Verne").contains(speaker.getString("name")), speaker.encode());
            assertNull(socket.poll(QUIET), "no event beyond one per quote and subscriber");
        }
    }

    @Test
    void aSubscriptionWithAnEmojiAcrossTheParsersReadsReceivesItsQuotes() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            String meeting = meeting("Emoji at the read boundary", "VA");
            socket.subscribe("emoji", "subscribe-quotes-emoji-at-read-boundary", "filter",
                    Map.of("meetingId", meeting));
            waitUntilSubscribed(socket);
            quote(meeting, envoyA, "Said under an emoji");
            assertEquals(List.of("Said under an emoji"), texts(events(socket, 1), "emoji"));
        }
    }

    @Test
    void aRolledBackRequestSendsNothing() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            String meeting = meeting("Rolled back", "VA");
            socket.subscribe("all", "subscribe-quotes", "filter", Map.of("meetingId", meeting));
            socket.subscribe("changes", "subscribe-meeting-changed", "id", meeting);
            waitUntilSubscribed(socket);
            GraphQL.asEditor("record-quote", "input", Map.of("meetingId", meeting, "speakerId", envoyB, "text",
                    "Not a participant")).body("errors[0].extensions.code", is("BAD_USER_INPUT"));
            assertNull(socket.poll(QUIET), "a refused quote sends nothing");
            quote(meeting, envoyA, "Recorded after the refusal");
            List<JsonObject> events = events(socket, 2);
            assertEquals(List.of("Recorded after the refusal"), texts(events, "all"));
        }
    }

    @Test
    void meetingChangedSendsEachCommittedChangeAndCompletesWhenTheMeetingIsDeleted() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            String meeting = meeting("Before", "VA");
            socket.subscribe("m", "subscribe-meeting-changed", "id", meeting);
            waitUntilSubscribed(socket);
            for (int version = 0; version < 3; version++) {
                GraphQL.asEditor("update-meeting", "id", meeting, "expectedVersion", version, "input",
                        meetingInput("Title " + (version + 1), "VA")).body("errors", nullValue());
            }
            quote(meeting, envoyA, "Said at the changed meeting");
            List<JsonObject> events = events(socket, 4);
            assertEquals(List.of("Title 1", "Title 2", "Title 3", "Title 3"), events.stream()
                    .map(event -> payload(event).getString("title")).toList());
            assertEquals(List.of(1, 2, 3, 3), events.stream().map(event -> payload(event).getInteger("version"))
                    .toList());
            JsonObject quotes = payload(events.get(3)).getJsonObject("quotes");
            assertEquals(1, quotes.getInteger("totalCount"));
            GraphQL.asEditor("delete-meeting", "id", meeting).body("errors", nullValue());
            JsonObject completed = socket.next();
            assertEquals("complete", completed.getString("type"), completed.encode());
            assertEquals("m", completed.getString("id"));
        }
    }

    /**
     * There is no replay: a client back from a dropped connection asks the query side for what was recorded since the
     * last event it got (recordedSince is inclusive, so that event comes again and the client drops it by id).
     */
    @Test
    void afterAReconnectRecordedSinceGivesWhatWasMissedWhileAway() {
        String meeting = meeting("Missed while away", "VB");
        String since;
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            socket.subscribeTo("q", "subscription($m: ID) { quoteRecorded(filter: {meetingId: $m}) { text recordedAt"
                    + " } }", Map.of("m", meeting));
            waitUntilSubscribed(socket);
            quote(meeting, envoyA, "Before the drop");
            JsonObject event = payload(socket.next());
            assertEquals("Before the drop", event.getString("text"));
            since = event.getString("recordedAt");
            assertTrue(since.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3,9})?Z"), since);
        }
        quote(meeting, envoyA, "While away, first");
        String later = meeting("Recorded while away", "VB");
        quote(later, envoyA, "While away, second");
        GraphQL.query("recorded-since", "quotes", Map.of("meetingId", meeting, "recordedSince", since),
                "meetings", Map.of("hostCountryCode", "VB", "recordedSince", since))
                .body("errors", nullValue())
                .body("data.quotes.nodes.text", contains("Before the drop", "While away, first"))
                .body("data.quotes.nodes[0].recordedAt", is(since))
                .body("data.meetings.nodes.title", hasItem("Recorded while away"))
                .body("data.meetings.nodes.title", not(hasItem("Missed while away")));
    }

    @Test
    void meetingRecordedTakesMeetingsThatInvolveTheCountry() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            socket.subscribe("vb", "subscribe-meetings", "filter", Map.of("countryCode", "VB"));
            socket.subscribe("withB", "subscribe-meetings", "filter", Map.of("participantId", envoyB));
            waitUntilSubscribed(socket);
            String hostedByVb = meeting("Hosted by Vestria", "VB");
            meeting("Hosted by Vantaland, A only", "VA");
            List<JsonObject> events = events(socket, 1);
            assertEquals("vb", events.get(0).getString("id"));
            assertEquals(hostedByVb, payload(events.get(0)).getString("id"));
            assertEquals("VB", payload(events.get(0)).getJsonObject("hostCountry").getString("code"));
            assertNull(socket.poll(QUIET), "a meeting without Vestria or envoy B reaches neither subscriber");
        }
    }

    @Test
    void aSubscriptionWithAnErrorIsAnsweredWithTheProtocolsErrorMessageAndTheConnectionStaysOpen() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            socket.subscribe("unknown", "subscribe-unknown-field");
            assertError(socket.next(), "unknown", "GRAPHQL_VALIDATION_FAILED");
            socket.subscribe("costly", "subscribe-too-costly");
            assertError(socket.next(), "costly", "QUERY_TOO_COSTLY");
            socket.subscribe("query", "countries");
            assertError(socket.next(), "query", "BAD_REQUEST");
            socket.subscribe("noMeeting", "subscribe-meeting-changed", "id", "999999999");
            assertError(socket.next(), "noMeeting", "NOT_FOUND");
            socket.subscribe("badId", "subscribe-quotes", "filter", Map.of("speakerId", "not-an-id"));
            assertError(socket.next(), "badId", "BAD_USER_INPUT");
            socket.send(new JsonObject().put("id", "noQuery").put("type", "subscribe").put("payload",
                    new JsonObject().put("variables", new JsonObject())));
            assertError(socket.next(), "noQuery", "BAD_REQUEST");
            socket.subscribe("fine", "subscribe-articles");
            assertNull(socket.poll(QUIET));
        }
    }

    @Test
    void aConnectionHoldsAtMostTheConfiguredNumberOfSubscriptions() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            for (int i = 0; i < 5; i++) {
                socket.subscribe("s" + i, "subscribe-articles");
            }
            socket.subscribe("one-too-many", "subscribe-articles");
            assertError(socket.next(), "one-too-many", "TOO_MANY_SUBSCRIPTIONS");
            socket.complete("s0");
            socket.subscribe("after-complete", "subscribe-articles");
            assertNull(socket.poll(QUIET), "completing one makes room for another");
        }
    }

    /**
     * A client that stops reading while large events keep coming is closed with 1013 SLOW_CONSUMER once more than
     * the configured number of messages (16 in tests) wait unsent; another client on the same server is not held up.
     */
    @Test
    void aClientThatStopsReadingIsClosedAsASlowConsumerAndOthersGoOn() {
        String meeting = meeting("Long speeches", "VA");
        for (int i = 0; i < 100; i++) {
            quote(meeting, envoyA, ("Speech " + i + " ").repeat(500));
        }
        try (GraphQLSocket slow = GraphQLSocket.initialised(graphql.toString());
                GraphQLSocket fast = GraphQLSocket.initialised(graphql.toString())) {
            slow.subscribeTo("big", "subscription($id: ID!) { meetingChanged(id: $id) { quotes(first: 100) {"
                    + " nodes { text } } } }", Map.of("id", meeting));
            waitUntilSubscribed(slow);
            fast.subscribe("small", "subscribe-quotes", "filter", Map.of("meetingId", meeting));
            waitUntilSubscribed(fast);
            slow.stopReading();
            for (int i = 0; i < 60; i++) {
                quote(meeting, envoyA, "Aside " + i);
                assertEquals("Aside " + i, payload(fast.next()).getString("text"), "the reading client keeps up");
            }
            slow.readAgain();
            JsonObject message;
            int received = 0;
            while ((message = slow.poll(Duration.ofSeconds(5))) != null) {
                assertEquals("next", message.getString("type"));
                received++;
            }
            assertTrue(received < 60, "the slow client got " + received + " of 60 events before it was closed");
            assertEquals("1013 " + SLOW_CONSUMER, slow.closeStatus());
        }
    }

    @Test
    void aConnectionThatDoesNotInitialiseInTimeIsClosedWith4408() {
        try (GraphQLSocket socket = GraphQLSocket.open(graphql.toString())) {
            assertEquals("4408 Connection initialisation timeout", socket.closeStatus());
        }
    }

    /** The protocol's message types are exact; another spelling must not slip past the checks on {@code subscribe}. */
    @Test
    void aMessageTypeSpelledOtherwiseOrMeantForTheClientClosesTheConnectionWith4400() {
        for (String type : List.of("Subscribe", "SUBSCRIBE", "next")) {
            try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
                socket.send(new JsonObject().put("id", "q").put("type", type).put("payload",
                        new JsonObject().put("query", GraphQL.document("countries"))));
                assertEquals("4400 Invalid message type; a client sends connection_init, ping, pong, subscribe or"
                        + " complete", socket.closeStatus(), type);
                assertNull(socket.poll(QUIET), type);
            }
        }
    }

    @Test
    void aSubscriptionSentOverHttpIsRefusedWithWhereToSendIt() {
        given().contentType(ContentType.JSON).body(Map.of("query", GraphQL.document("subscribe-articles")))
                .post(graphql).then().statusCode(400)
                .body("errors[0].extensions.code", is("BAD_REQUEST"))
                .body("errors[0].message", is("Subscriptions are served over a WebSocket on /graphql with the"
                        + " graphql-transport-ws subprotocol (the graphql-ws library's); queries and mutations over"
                        + " HTTP"));
    }

    private static void assertError(JsonObject message, String id, String code) {
        assertEquals("error", message.getString("type"), message.encode());
        assertEquals(id, message.getString("id"));
        assertEquals(code, message.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions")
                .getString("code"), message.encode());
    }

    /** Subscriptions are registered in the order their messages came; one answered after them shows they are. */
    private static void waitUntilSubscribed(GraphQLSocket socket) {
        socket.subscribe("probe", "subscribe-unknown-field");
        assertError(socket.next(), "probe", "GRAPHQL_VALIDATION_FAILED");
    }

    private static List<JsonObject> events(GraphQLSocket socket, int count) {
        List<JsonObject> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonObject message = socket.next();
            assertEquals("next", message.getString("type"), message.encode());
            assertNull(message.getJsonObject("payload").getValue("errors"), message.encode());
            events.add(message);
        }
        return events;
    }

    private static List<String> texts(List<JsonObject> events, String id) {
        return events.stream().filter(event -> id.equals(event.getString("id")))
                .map(event -> payload(event).getString("text")).toList();
    }

    private static JsonObject payload(JsonObject event) {
        JsonObject data = event.getJsonObject("payload").getJsonObject("data");
        return data.getJsonObject(data.fieldNames().iterator().next());
    }

    private String meeting(String title, String host) {
        return GraphQL.asEditor("create-meeting", "input", meetingInput(title, host)).body("errors", nullValue())
                .extract().path("data.createMeeting.id");
    }

    private static Map<String, Object> meetingInput(String title, String host) {
        return meetingInput(title, host, List.of(envoyA));
    }

    private static Map<String, Object> meetingInput(String title, String host, List<String> participants) {
        return Map.of("title", title, "date", "2026-11-30", "city", "Vantaa", "hostCountryCode", host,
                "participantIds", participants);
    }

    private static void quote(String meeting, String speaker, String text) {
        GraphQL.asEditor("record-quote", "input", Map.of("meetingId", meeting, "speakerId", speaker, "text", text))
                .body("errors", nullValue());
    }
}
