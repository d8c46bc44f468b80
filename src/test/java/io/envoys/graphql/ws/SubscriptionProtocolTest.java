package io.envoys.graphql.ws;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.management.JMException;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.envoys.support.GraphQLSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * What a graphql-transport-ws client cannot do to the service: leave closed subscriptions in memory, flood it with
 * messages, send what is not the protocol's, subscribe to drafts, or skip a subscription's root field; each answered
 * with the protocol's close code or a coded error, and close reasons that fit a close frame.
 */
@QuarkusTest
class SubscriptionProtocolTest {

    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final String CONTEXT = "io.smallrye.graphql.execution.context.SmallRyeContext";

    @TestHTTPResource("/graphql")
    URL graphql;

    @Inject
    Subscriptions subscriptions;

    /** SmallRye GraphQL's execution contexts once held each other, so every subscription ever made stayed in memory. */
    @Test
    void closedConnectionsLeaveNothingBehind() throws JMException {
        churn();
        churn();
        long before = instances(CONTEXT);
        churn();
        churn();
        churn();
        long after = instances(CONTEXT);
        assertTrue(after <= before + 60, "execution contexts left after 300 more closed subscriptions: " + before
                + " before, " + after + " after");
    }

    /** Reading pauses while 16 messages wait to be handled, and resumes: every message of a burst is handled. */
    @Test
    void aBurstOfMessagesIsReadAsFastAsItIsHandled() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            for (int i = 0; i < 500; i++) {
                socket.send(new JsonObject().put("id", "none-" + i).put("type", "complete"));
            }
            socket.send(new JsonObject().put("type", "ping"));
            assertEquals("pong", socket.next().getString("type"));
            assertNull(socket.poll(QUIET));
        }
    }

    @Test
    void whatIsNotAMessageOfTheProtocolClosesWith4400AndAReasonOfOurs() {
        for (String text : new String[] {"hello", "[1, 2]", "5", "null"}) {
            try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
                socket.sendText(text);
                assertEquals("4400 Invalid message: send a JSON object with a type, as graphql-transport-ws has it",
                        socket.closeStatus(), text);
            }
        }
        for (Object id : new Object[] {7, "", "i".repeat(101)}) {
            try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
                socket.send(new JsonObject().put("id", id).put("type", "subscribe").put("payload",
                        new JsonObject().put("query", GraphQL.document("subscribe-articles"))));
                assertEquals("4400 Invalid message: subscribe and complete carry an id, a string of 1 to 100"
                        + " characters", socket.closeStatus(), String.valueOf(id));
            }
        }
    }

    @Test
    void aCloseReasonFitsACloseFrame() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            String id = "\u00e9".repeat(100);
            socket.subscribe(id, "subscribe-articles");
            socket.subscribe(id, "subscribe-articles");
            String status = socket.closeStatus();
            assertTrue(status.startsWith("4409 Subscriber for \u00e9"), status);
            assertTrue(status.substring(5).getBytes(StandardCharsets.UTF_8).length <= 123, status);
            assertTrue(status.endsWith("..."), status);
        }
    }

    @Test
    void refusedSubscriptionsAreCodedAndTheConnectionStaysOpen() {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            socket.subscribe("drafts", "subscribe-article-drafts");
            assertError(socket.next(), "drafts", "BAD_USER_INPUT", "Article.proposedQuotes is part of an article's"
                    + " draft, which editors read through article(id) or articles; leave it out in"
                    + " articleConfirmed's events, which anyone may receive");
            socket.subscribe("skipped", "subscribe-skipped-root");
            assertError(socket.next(), "skipped", "GRAPHQL_VALIDATION_FAILED", "A subscription's root field may"
                    + " not be skipped or included conditionally: leave @skip and @include out at its top level");
            socket.subscribe("unknown", "subscribe-quotes", "filter", Map.of("countryCode", "ZZ"));
            assertError(socket.next(), "unknown", "BAD_USER_INPUT", "filter.countryCode: there is no country with"
                    + " code 'ZZ'; the countries query lists the known codes");
            socket.subscribe("lower", "subscribe-meetings", "filter", Map.of("countryCode", "kr"));
            assertError(socket.next(), "lower", "BAD_USER_INPUT", "filter.countryCode must be two upper-case letters"
                    + " (ISO 3166-1 alpha-2, e.g. KR); got 'kr'");
            socket.subscribe("fine", "subscribe-articles");
            assertNull(socket.poll(QUIET));
        }
    }

    /**
     * One subscriber's selection that cannot be read (a draft field below an article, refused there as on the query
     * side) completes only its subscription; another subscriber of the same quotes still gets them.
     */
    @Test
    void aSelectionThatCannotBeReadEndsItsOwnSubscriptionAndNoOther() {
        String meeting = meetingWithQuotes("Poisoned", 0, "");
        try (GraphQLSocket poison = GraphQLSocket.initialised(graphql.toString());
                GraphQLSocket victim = GraphQLSocket.initialised(graphql.toString())) {
            poison.subscribeTo("bad", "subscription($m: ID) { quoteRecorded(filter: {meetingId: $m}) { article {"
                    + " proposedQuotes { text } } } }", Map.of("m", meeting));
            victim.subscribe("good", "subscribe-quotes", "filter", Map.of("meetingId", meeting));
            subscribed(poison);
            subscribed(victim);
            quote(meeting, "Still delivered");
            JsonObject event = victim.next();
            assertEquals("next", event.getString("type"), event.encode());
            assertEquals("Still delivered", event.getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("quoteRecorded").getString("text"));
            JsonObject ended = poison.next();
            assertEquals("complete", ended.getString("type"), ended.encode());
            assertEquals("bad", ended.getString("id"));
            quote(meeting, "Also delivered");
            assertEquals("next", victim.next().getString("type"));
            assertNull(poison.poll(QUIET), "the ended subscription sends nothing more");
        }
    }

    /** An event larger than an HTTP answer may be (8 MB) closes the connection, as RESPONSE_TOO_LARGE does over HTTP. */
    @Test
    void anEventLargerThanAnAnswerMayBeClosesWith1009() {
        String meeting = meetingWithQuotes("Long speeches, many aliases", 60, "x".repeat(4_990));
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            aliases.append(" a").append(i).append(": quotes(first: 100) { nodes { text } }");
        }
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
            socket.subscribeTo("big", "subscription($m: ID!) { meetingChanged(id: $m) {" + aliases + " } }",
                    Map.of("m", meeting));
            subscribed(socket);
            quote(meeting, "One more");
            assertEquals("1009 RESPONSE_TOO_LARGE: an event was over 8,388,608 bytes; select less (smaller pages,"
                    + " fewer aliases)", socket.closeStatus());
        }
    }

    /** A meeting of a new envoy of a country of its own, with {@code quotes} quotes of {@code text} and a number. */
    private static String meetingWithQuotes(String title, int quotes, String text) {
        String code = "P" + (char) ('A' + title.length() % 26);
        GraphQL.asEditor("create-country", "input", Map.of("code", code, "name", "Land " + title));
        String envoy = GraphQL.asEditor("create-envoy", "input", Map.of("name", "Envoy of " + title, "countryCode",
                code)).extract().path("data.createEnvoy.id");
        String meeting = GraphQL.asEditor("create-meeting", "input", Map.of("title", title, "date", "2026-12-03",
                "city", "Portville", "hostCountryCode", code, "participantIds", List.of(envoy)))
                .extract().path("data.createMeeting.id");
        for (int i = 0; i < quotes; i++) {
            quote(meeting, text + i);
        }
        return meeting;
    }

    private static void quote(String meeting, String text) {
        String speaker = GraphQL.query("meeting-detail", "id", meeting).extract()
                .path("data.meeting.participants[0].id");
        GraphQL.asEditor("record-quote", "input", Map.of("meetingId", meeting, "speakerId", speaker, "text", text))
                .body("errors", nullValue());
    }

    /** Subscriptions are registered in the order their messages came; one answered after them shows they are. */
    private static void subscribed(GraphQLSocket socket) {
        socket.subscribe("probe", "subscribe-unknown-field");
        assertEquals("error", socket.next().getString("type"));
    }

    /** Opens 20 connections of 5 subscriptions each, then closes them and waits until the service has. */
    private void churn() {
        for (int c = 0; c < 20; c++) {
            try (GraphQLSocket socket = GraphQLSocket.initialised(graphql.toString())) {
                for (int i = 0; i < 5; i++) {
                    socket.subscribe("s" + i, "subscribe-articles");
                }
                socket.subscribe("probe", "subscribe-unknown-field");
                assertEquals("error", socket.next().getString("type"));
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (subscriptions.connections() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, subscriptions.connections(), "connections still open on the service");
    }

    /** Live instances of a class after a full collection (the JVM's class histogram, as jcmd GC.class_histogram). */
    private static long instances(String className) throws JMException {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        return histogram.lines().map(String::trim).filter(line -> line.endsWith(" " + className))
                .mapToLong(line -> Long.parseLong(line.split("\\s+")[1])).sum();
    }

    private static void assertError(JsonObject message, String id, String code, String text) {
        assertEquals("error", message.getString("type"), message.encode());
        assertEquals(id, message.getString("id"));
        JsonObject error = message.getJsonArray("payload").getJsonObject(0);
        assertEquals(code, error.getJsonObject("extensions").getString("code"), message.encode());
        assertEquals(text, error.getString("message"));
    }
}
