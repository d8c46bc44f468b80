package io.envoys.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.envoys.country.Country;
import io.envoys.country.CountryService;
import io.envoys.db.RecordVersions;
import io.envoys.envoy.Envoy;
import io.envoys.envoy.EnvoyService;
import io.envoys.error.ApiException;
import io.envoys.read.MeetingReads;
import io.envoys.read.MeetingView;
import io.envoys.read.Selection;
import io.envoys.validation.ListBounds;
import io.envoys.validation.Text;
import io.envoys.validation.Validate;

@ApplicationScoped
public class MeetingService {

    static final int MAX_PARTICIPANTS = ListBounds.PARTICIPANTS_MAX;
    private static final int TEXT_MAX = 200;
    private static final int SUMMARY_MAX = 5_000;
    private static final int TOPICS_MAX = ListBounds.TOPICS_MAX;
    private static final int TOPIC_MAX = 100;

    private final MeetingReads reads;
    private final CountryService countries;
    private final EnvoyService envoys;
    private final EntityManager em;
    private final Event<MeetingDeleted> deletions;
    private final Event<MeetingRecorded> recordings;
    private final Event<MeetingChanged> changes;

    MeetingService(MeetingReads reads, CountryService countries, EnvoyService envoys, EntityManager em,
            Event<MeetingDeleted> deletions, Event<MeetingRecorded> recordings, Event<MeetingChanged> changes) {
        this.reads = reads;
        this.countries = countries;
        this.envoys = envoys;
        this.em = em;
        this.deletions = deletions;
        this.recordings = recordings;
        this.changes = changes;
    }

    @Transactional
    public MeetingView create(MeetingInput input, Selection selection) {
        Meeting meeting = new Meeting();
        validate(input).applyTo(meeting);
        meeting.persistAndFlush();
        recordings.fire(new MeetingRecorded(meeting.id));
        return reads.byId(meeting.id, selection);
    }

    @Transactional
    public MeetingView update(long id, int expectedVersion, MeetingInput input, Selection selection) {
        Fields fields = validate(input);
        Meeting meeting = RecordVersions.lockAt(em, Meeting.class, id, expectedVersion, "Meeting");
        for (Envoy leaving : meeting.participants()) {
            if (fields.participants().stream().noneMatch(staying -> staying.id.equals(leaving.id))) {
                refuseIfQuoted(meeting.id, leaving);
            }
        }
        fields.applyTo(meeting);
        RecordVersions.flushAsNextVersion(em, meeting);
        changes.fire(new MeetingChanged(id));
        return reads.byId(id, selection);
    }

    /**
     * Records the title an article gave an envoy at this meeting, as written (roles change over the years; the envoy's
     * own title stays the latest known). A title longer than 200 characters is cut there.
     *
     * @throws ApiException NOT_FOUND when there is no such meeting, BAD_USER_INPUT when the envoy did not take part
     */
    @Transactional
    public void noteTitleAsWritten(long meetingId, long envoyId, String titleAsWritten) {
        Meeting meeting = require("meetingId", meetingId);
        Participation participation = meeting.participations.stream()
                .filter(candidate -> candidate.envoy.id.equals(envoyId)).findFirst()
                .orElseThrow(() -> ApiException.badInput("envoy " + envoyId + " did not take part in meeting "
                        + meetingId));
        participation.titleAsWritten = titleAsWritten == null ? null : Text.cut(titleAsWritten, TEXT_MAX);
        changes.fire(new MeetingChanged(meetingId));
    }

    @Transactional
    public long delete(long id) {
        Meeting meeting = require("id", id);
        em.createQuery("delete from Quote q where q.meeting.id = :id").setParameter("id", id).executeUpdate();
        deletions.fire(new MeetingDeleted(id));
        meeting.delete();
        return id;
    }

    @Transactional
    public MeetingView addParticipant(long meetingId, long envoyId, Selection selection) {
        Meeting meeting = claimForChange(meetingId);
        Envoy envoy = envoys.require("envoyId", envoyId);
        if (meeting.hasParticipant(envoy)) {
            throw ApiException.conflict("Envoy " + envoyId + " already takes part in meeting " + meetingId);
        }
        if (meeting.participations.size() >= MAX_PARTICIPANTS) {
            throw ApiException.conflict("Meeting " + meetingId + " has the most participants allowed ("
                    + MAX_PARTICIPANTS + "); remove one first");
        }
        meeting.addParticipant(envoy);
        RecordVersions.flushAsNextVersion(em, meeting);
        changes.fire(new MeetingChanged(meetingId));
        return reads.byId(meetingId, selection);
    }

    @Transactional
    public MeetingView removeParticipant(long meetingId, long envoyId, Selection selection) {
        Meeting meeting = claimForChange(meetingId);
        Envoy envoy = envoys.require("envoyId", envoyId);
        if (!meeting.hasParticipant(envoy)) {
            throw ApiException.notFound("Envoy " + envoyId + " does not take part in meeting " + meetingId);
        }
        refuseIfQuoted(meetingId, envoy);
        if (meeting.participations.size() == 1) {
            throw ApiException.conflict("Envoy " + envoyId + " is the only participant of meeting " + meetingId
                    + "; a meeting needs at least one: add another first, or delete the meeting");
        }
        meeting.removeParticipant(envoy);
        RecordVersions.flushAsNextVersion(em, meeting);
        changes.fire(new MeetingChanged(meetingId));
        return reads.byId(meetingId, selection);
    }

    /** The meeting with this id, or NOT_FOUND naming the field that gave the id. */
    public Meeting require(String field, long id) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw ApiException.notFound(field + ": there is no meeting with id " + id);
        }
        return meeting;
    }

    /** The meeting, its row held until the transaction ends, to change its participants. */
    private Meeting claimForChange(long meetingId) {
        return RecordVersions.lock(em, Meeting.class, meetingId, "meetingId", "Meeting");
    }

    private void refuseIfQuoted(long meetingId, Envoy envoy) {
        long quotes = em.createQuery("select count(q) from Quote q where q.meeting.id = :meeting"
                + " and q.speaker.id = :speaker", Long.class)
                .setParameter("meeting", meetingId)
                .setParameter("speaker", envoy.id)
                .getSingleResult();
        if (quotes > 0) {
            throw ApiException.conflict("Envoy " + envoy.id + " is quoted " + quotes + " time(s) at meeting "
                    + meetingId + "; delete those quotes before removing the envoy from the meeting");
        }
    }

    /** A meeting's editable fields, checked. */
    private record Fields(String title, LocalDate date, String city, String venue, Country host, String summary,
            List<String> topics, String source, List<Envoy> participants) {

        void applyTo(Meeting meeting) {
            meeting.title = title;
            meeting.date = date;
            meeting.city = city;
            meeting.venue = venue;
            meeting.hostCountry = host;
            meeting.summary = summary;
            meeting.topics.clear();
            meeting.topics.addAll(topics);
            meeting.source = source;
            meeting.setParticipants(participants);
        }
    }

    private Fields validate(MeetingInput input) {
        if (input.date == null) {
            throw ApiException.badInput("input.date is required, e.g. 2016-12-13");
        }
        return new Fields(
                Validate.line("input.title", input.title, TEXT_MAX),
                input.date,
                Validate.line("input.city", input.city, TEXT_MAX),
                Validate.optionalLine("input.venue", input.venue, TEXT_MAX),
                countries.forInput("input.hostCountryCode", input.hostCountryCode),
                Validate.optionalBlock("input.summary", input.summary, SUMMARY_MAX),
                topics(input.topics),
                Validate.optionalLine("input.source", input.source, TEXT_MAX),
                envoys.requireAll("input.participantIds", input.participantIds, MAX_PARTICIPANTS));
    }

    private static List<String> topics(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > TOPICS_MAX) {
            throw ApiException.badInput("input.topics may list at most " + TOPICS_MAX + " topics; it lists "
                    + raw.size());
        }
        List<String> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String topic = Validate.line("input.topics[" + i + "]", raw.get(i), TOPIC_MAX);
            if (!seen.add(topic.toLowerCase(Locale.ROOT))) {
                throw ApiException.badInput("input.topics lists '" + topic + "' twice; each topic once");
            }
            topics.add(topic);
        }
        return topics;
    }
}
