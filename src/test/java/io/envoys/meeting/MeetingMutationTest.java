package io.envoys.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.envoys.support.Snapshot;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeetingMutationTest {

    private static final String HOME = "XM";

    @BeforeEach
    void home() {
        Fixtures.country(HOME);
    }

    @Test
    void anEditorEntersAMeetingWithParticipantsAndTopics() {
        String a = Fixtures.envoy(HOME, "Amy Alpha");
        String b = Fixtures.envoy(HOME, "Ben Beta");
        Map<String, Object> input = Fixtures.meetingInput(HOME, "2022-05-06", b, a);
        input.put("venue", " the palace ");
        input.put("summary", "Line one.\nLine two.");
        input.put("source", "Wire");
        input.put("topics", List.of(" trade ", "security"));
        GraphQL.asEditor("create-meeting", "input", input)
                .body("errors", nullValue())
                .body("data.createMeeting.date", is("2022-05-06"))
                .body("data.createMeeting.venue", is("the palace"))
                .body("data.createMeeting.summary", is("Line one.\nLine two."))
                .body("data.createMeeting.topics", contains("trade", "security"))
                .body("data.createMeeting.version", is(0))
                .body("data.createMeeting.hostCountry.code", is(HOME))
                .body("data.createMeeting.participants.name", contains("Amy Alpha", "Ben Beta"));
    }

    @Test
    void caseInsensitiveFiltersMatchLettersThatJavaAndTheDatabaseLowerCaseApart() {
        String capitalDottedI = "\u0130";
        String envoy = Fixtures.envoy(HOME, "Envoy of " + capitalDottedI + "zmir");
        String city = capitalDottedI.repeat(200);
        String topic = capitalDottedI.repeat(100);
        Map<String, Object> input = Fixtures.meetingInput(HOME, "2021-03-04", envoy);
        input.put("city", city);
        input.put("topics", List.of(topic));
        String meeting = GraphQL.asEditor("create-meeting", "input", input)
                .body("errors", nullValue())
                .body("data.createMeeting.city", is(city))
                .extract().path("data.createMeeting.id");
        String quote = Fixtures.quote(meeting, envoy, "Words from " + capitalDottedI + "zmir");
        for (Map<String, Object> filter : List.of(Map.<String, Object>of("city", city),
                Map.<String, Object>of("topic", topic))) {
            GraphQL.query("meetings", "filter", filter)
                    .body("errors", nullValue())
                    .body("data.meetings.nodes.id", contains(meeting));
        }
        GraphQL.query("envoys", "filter", Map.of("nameContains", capitalDottedI + "ZMIR"))
                .body("errors", nullValue())
                .body("data.envoys.nodes.id", contains(envoy));
        GraphQL.query("quotes", "filter", Map.of("textContains", capitalDottedI + "ZMIR"))
                .body("errors", nullValue())
                .body("data.quotes.nodes.id", contains(quote));
    }

    @Test
    void oneUnknownParticipantAmongFiveStoresNothing() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(Fixtures.envoy(HOME, "Participant " + i));
        }
        ids.add(2, "876543");
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("create-meeting", "input",
                Fixtures.meetingInput(HOME, "2022-01-01", ids.toArray(String[]::new))), "NOT_FOUND",
                "input.participantIds", "876543");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void participantListsMustHoldOneToFiftyDistinctIds() {
        String a = Fixtures.envoy(HOME, "Gus Gamma");
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("create-meeting", "input", Fixtures.meetingInput(HOME, "2022-01-01")),
                "BAD_USER_INPUT", "input.participantIds", "1 to 50");
        Errors.single(GraphQL.asEditor("create-meeting", "input", Fixtures.meetingInput(HOME, "2022-01-01", a, a)),
                "BAD_USER_INPUT", "input.participantIds", "twice");
        String[] many = Collections.nCopies(51, a).toArray(String[]::new);
        Errors.single(GraphQL.asEditor("create-meeting", "input", Fixtures.meetingInput(HOME, "2022-01-01", many)),
                "BAD_USER_INPUT", "it lists 51");
        Errors.single(GraphQL.asEditor("create-meeting", "input", Fixtures.meetingInput(HOME, "2022-01-01", "x")),
                "BAD_USER_INPUT", "input.participantIds[0]");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void topicsAreAtMostTwentyOfAtMostAHundredCharacters() {
        String a = Fixtures.envoy(HOME, "Hal Delta");
        String before = Snapshot.of(HOME);
        Map<String, Object> tooMany = Fixtures.meetingInput(HOME, "2022-01-01", a);
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            topics.add("topic " + i);
        }
        tooMany.put("topics", topics);
        Errors.single(GraphQL.asEditor("create-meeting", "input", tooMany), "BAD_USER_INPUT", "input.topics",
                "at most 20");
        Map<String, Object> tooLong = Fixtures.meetingInput(HOME, "2022-01-01", a);
        tooLong.put("topics", List.of("ok", "t".repeat(101)));
        Errors.single(GraphQL.asEditor("create-meeting", "input", tooLong), "BAD_USER_INPUT", "input.topics[1]",
                "101");
        Map<String, Object> repeated = Fixtures.meetingInput(HOME, "2022-01-01", a);
        repeated.put("topics", List.of("Trade", "trade"));
        Errors.single(GraphQL.asEditor("create-meeting", "input", repeated), "BAD_USER_INPUT", "twice");
        Map<String, Object> blankCity = Fixtures.meetingInput(HOME, "2022-01-01", a);
        blankCity.put("city", " ");
        Errors.single(GraphQL.asEditor("create-meeting", "input", blankCity), "BAD_USER_INPUT", "input.city");
        Map<String, Object> badDate = Fixtures.meetingInput(HOME, "2022-02-30", a);
        Errors.single(GraphQL.asEditor("create-meeting", "input", badDate), "BAD_USER_INPUT", "input");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void anUpdateReplacesFieldsAndParticipantsAndGrowsTheVersion() {
        String a = Fixtures.envoy(HOME, "Ida One");
        String b = Fixtures.envoy(HOME, "Jon Two");
        String id = Fixtures.meeting(HOME, "2022-07-08", a);
        Map<String, Object> input = Fixtures.meetingInput(HOME, "2022-07-09", b);
        input.put("topics", List.of("new topic"));
        GraphQL.asEditor("update-meeting", "id", id, "expectedVersion", 0, "input", input)
                .body("errors", nullValue())
                .body("data.updateMeeting.date", is("2022-07-09"))
                .body("data.updateMeeting.topics", contains("new topic"))
                .body("data.updateMeeting.participants.name", contains("Jon Two"))
                .body("data.updateMeeting.version", is(1));
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("update-meeting", "id", id, "expectedVersion", 0, "input", input),
                "CONFLICT", "version 1, not 0");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void anEnvoysMeetingsFollowTheDatesAndParticipantsAnEditorChanges() {
        String envoy = Fixtures.envoy(HOME, "Ola Dated");
        String other = Fixtures.envoy(HOME, "Pia Other");
        String first = Fixtures.meeting(HOME, "2020-01-01", envoy);
        String second = Fixtures.meeting(HOME, "2021-01-01", envoy, other);
        String third = Fixtures.meeting(HOME, "2019-01-01", other);
        meetingsOf(envoy, first, second);

        GraphQL.asEditor("update-meeting", "id", first, "expectedVersion", 0, "input",
                Fixtures.meetingInput(HOME, "2022-01-01", envoy, other)).body("errors", nullValue());
        meetingsOf(envoy, second, first);
        meetingsOf(other, third, second, first);
        GraphQL.asEditor("add-participant", "meetingId", third, "envoyId", envoy).body("errors", nullValue());
        meetingsOf(envoy, third, second, first);
        GraphQL.query("nested-filtered-meetings", "id", envoy, "from", "2020-06-01")
                .body("errors", nullValue())
                .body("data.envoy.meetings.nodes.id", contains(second, first));
        GraphQL.asEditor("remove-participant", "meetingId", second, "envoyId", envoy).body("errors", nullValue());
        meetingsOf(envoy, third, first);
    }

    private static void meetingsOf(String envoy, String... oldestFirst) {
        GraphQL.query("nested-envoy-meetings", "id", envoy, "first", 10)
                .body("errors", nullValue())
                .body("data.parent.page.nodes.id", contains(oldestFirst))
                .body("data.parent.page.totalCount", is(oldestFirst.length));
    }

    @Test
    void anUpdateMayNotDropAParticipantWhoIsQuoted() {
        String a = Fixtures.envoy(HOME, "Kit Quoted");
        String b = Fixtures.envoy(HOME, "Lou Other");
        String id = Fixtures.meeting(HOME, "2022-08-09", a, b);
        Fixtures.quote(id, a, "On the record.");
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("update-meeting", "id", id, "expectedVersion", 0, "input",
                Fixtures.meetingInput(HOME, "2022-08-09", b)), "CONFLICT", "Envoy " + a, "quoted 1 time(s)");
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.query("meeting-detail", "id", id)
                .body("data.meeting.version", is(0))
                .body("data.meeting.participants.name", contains("Kit Quoted", "Lou Other"));
    }

    @Test
    void participantsAreAddedAndRemovedUnderTheRules() {
        String a = Fixtures.envoy(HOME, "Max Quoted");
        String b = Fixtures.envoy(HOME, "Ned Silent");
        String c = Fixtures.envoy(HOME, "Oda Late");
        String id = Fixtures.meeting(HOME, "2022-09-10", a, b);
        Fixtures.quote(id, a, "I said this.");
        GraphQL.asEditor("add-participant", "meetingId", id, "envoyId", c)
                .body("errors", nullValue())
                .body("data.addParticipant.version", is(1))
                .body("data.addParticipant.participants.name", contains("Max Quoted", "Ned Silent", "Oda Late"));
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("add-participant", "meetingId", id, "envoyId", c), "CONFLICT",
                "already takes part");
        Errors.single(GraphQL.asEditor("remove-participant", "meetingId", id, "envoyId", a), "CONFLICT",
                "quoted 1 time(s)");
        Errors.single(GraphQL.asEditor("add-participant", "meetingId", "876543", "envoyId", c), "NOT_FOUND",
                "876543");
        Errors.single(GraphQL.asEditor("add-participant", "meetingId", id, "envoyId", "876543"), "NOT_FOUND",
                "876543");
        assertEquals(before, Snapshot.of(HOME));
        GraphQL.asEditor("remove-participant", "meetingId", id, "envoyId", b)
                .body("errors", nullValue())
                .body("data.removeParticipant.version", is(2))
                .body("data.removeParticipant.participants.name", contains("Max Quoted", "Oda Late"));
        Errors.single(GraphQL.asEditor("remove-participant", "meetingId", id, "envoyId", b), "NOT_FOUND",
                "does not take part");
    }

    @Test
    void deletingAMeetingRemovesItsParticipationsAndQuotes() {
        String a = Fixtures.envoy(HOME, "Pia Gone");
        String id = Fixtures.meeting(HOME, "2022-10-11", a);
        String quote = Fixtures.quote(id, a, "Soon forgotten.");
        GraphQL.asEditor("delete-meeting", "id", id).body("errors", nullValue()).body("data.deleteMeeting", is(id));
        GraphQL.query("meeting-detail", "id", id).body("data.meeting", nullValue());
        GraphQL.query("quote", "id", quote).body("data.quote", nullValue());
        GraphQL.query("envoy", "id", a).body("data.envoy.meetings.nodes", is(List.of()));
        Errors.single(GraphQL.asEditor("delete-meeting", "id", id), "NOT_FOUND", id);
    }

    @Test
    void quotesAreAppendedInOrderAndSpeakersMustTakePart() {
        String a = Fixtures.envoy(HOME, "Quinn Speaker");
        String outsider = Fixtures.envoy(HOME, "Rae Outsider");
        String id = Fixtures.meeting(HOME, "2022-11-12", a);
        GraphQL.asEditor("record-quote", "input",
                Map.of("meetingId", id, "speakerId", a, "text", " First words ", "context", "she said"))
                .body("errors", nullValue())
                .body("data.recordQuote.position", is(1))
                .body("data.recordQuote.text", is("First words"))
                .body("data.recordQuote.partial", is(false))
                .body("data.recordQuote.context", is("she said"));
        String second = GraphQL.asEditor("record-quote", "input",
                Map.of("meetingId", id, "speakerId", a, "text", "a fragment", "partial", true))
                .body("data.recordQuote.position", is(2))
                .body("data.recordQuote.partial", is(true))
                .extract().path("data.recordQuote.id");
        String before = Snapshot.of(HOME);
        Errors.single(GraphQL.asEditor("record-quote", "input",
                Map.of("meetingId", id, "speakerId", outsider, "text", "Not here")), "BAD_USER_INPUT",
                "input.speakerId", "did not take part");
        Errors.single(GraphQL.asEditor("record-quote", "input",
                Map.of("meetingId", id, "speakerId", a, "text", "q".repeat(5001))), "BAD_USER_INPUT",
                "input.text", "5001");
        Errors.single(GraphQL.asEditor("record-quote", "input",
                Map.of("meetingId", "876543", "speakerId", a, "text", "Where?")), "NOT_FOUND", "876543");
        assertEquals(before, Snapshot.of(HOME));
        Fixtures.quote(id, a, "Third words");
        GraphQL.asEditor("delete-quote", "id", second).body("data.deleteQuote", is(second));
        Fixtures.quote(id, a, "Fourth words");
        GraphQL.query("meeting-detail", "id", id)
                .body("data.meeting.quotes.nodes.text", contains("First words", "Third words", "Fourth words"))
                .body("data.meeting.quotes.nodes.position", contains(1, 3, 4));
        Errors.single(GraphQL.asEditor("delete-quote", "id", second), "NOT_FOUND", second);
    }

    @Test
    void quotesOfAMeetingKeepTheirSpeakersAcrossPages() {
        String a = Fixtures.envoy(HOME, "Sam First");
        String b = Fixtures.envoy(HOME, "Tia Second");
        String id = Fixtures.meeting(HOME, "2022-12-13", a, b);
        Fixtures.quote(id, b, "one");
        Fixtures.quote(id, a, "two");
        GraphQL.query("meeting-detail", "id", id)
                .body("data.meeting.quotes.nodes.speaker.name", contains("Tia Second", "Sam First"))
                .body("data.meeting.participants.name", containsInAnyOrder("Sam First", "Tia Second"));
    }
}
