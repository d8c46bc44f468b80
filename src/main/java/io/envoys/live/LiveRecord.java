package io.envoys.live;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.error.ApiException;
import io.envoys.read.ArticleReads;
import io.envoys.read.ArticleView;
import io.envoys.read.CountryReads;
import io.envoys.read.CountryView;
import io.envoys.read.EnvoyView;
import io.envoys.read.MeetingReads;
import io.envoys.read.MeetingView;
import io.envoys.read.QuoteView;
import io.envoys.read.Selection;
import io.envoys.validation.Ids;
import io.smallrye.mutiny.Multi;

/**
 * The subscriptions' source streams, their arguments checked: what enters the record from now on, filtered, each
 * record read with the subscription's selection set ({@link FanOut}).
 */
@ApplicationScoped
public class LiveRecord {

    private static final BooleanSupplier ALWAYS = () -> true;

    private final FanOut fanOut;
    private final MeetingReads meetings;
    private final CountryReads countries;

    LiveRecord(FanOut fanOut, MeetingReads meetings, CountryReads countries) {
        this.fanOut = fanOut;
        this.meetings = meetings;
        this.countries = countries;
    }

    /**
     * Quotes recorded from now on that pass {@code filter} (null: all).
     *
     * @throws ApiException BAD_USER_INPUT for an id that is not one, or a country code not in the record
     */
    public Multi<QuoteView> quotesRecorded(QuoteRecordedFilter filter, Selection selection, Runnable slowConsumer) {
        QuoteRecordedFilter given = filter == null ? new QuoteRecordedFilter() : filter;
        Long speaker = id("filter.speakerId", given.speakerId);
        Long meeting = id("filter.meetingId", given.meetingId);
        String country = code("filter.countryCode", given.countryCode);
        Predicate<QuoteView> passes = quote -> (speaker == null || speaker.equals(quote.getSpeaker().getId()))
                && (meeting == null || meeting.equals(quote.getMeeting().getId()))
                && (country == null || country.equals(codeOf(quote.getSpeaker())));
        return fanOut.stream(RecordNotice.Kind.QUOTE_RECORDED, any -> true, facts -> passes.test((QuoteView) facts),
                selection, ALWAYS, slowConsumer);
    }

    /**
     * Meetings recorded from now on that pass {@code filter} (null: all).
     *
     * @throws ApiException BAD_USER_INPUT for an id that is not one, or a country code not in the record
     */
    public Multi<MeetingView> meetingsRecorded(MeetingRecordedFilter filter, Selection selection,
            Runnable slowConsumer) {
        MeetingRecordedFilter given = filter == null ? new MeetingRecordedFilter() : filter;
        Long participant = id("filter.participantId", given.participantId);
        String country = code("filter.countryCode", given.countryCode);
        Predicate<MeetingView> passes = meeting -> (participant == null || meeting.getParticipants().stream()
                .anyMatch(envoy -> participant.equals(envoy.getId())))
                && (country == null || country.equals(meeting.getHostCountry() == null ? null
                        : meeting.getHostCountry().getCode())
                        || meeting.getParticipants().stream().anyMatch(envoy -> country.equals(codeOf(envoy))));
        return fanOut.stream(RecordNotice.Kind.MEETING_RECORDED, any -> true,
                facts -> passes.test((MeetingView) facts), selection, ALWAYS, slowConsumer);
    }

    /**
     * The meeting {@code id} each time a change to it commits; completes when it is deleted.
     *
     * @throws ApiException BAD_USER_INPUT for an id that is not one, NOT_FOUND when there is no such meeting
     */
    public Multi<MeetingView> meetingChanges(String id, Selection selection, Runnable slowConsumer) {
        long meeting = Ids.parse("id", id);
        BooleanSupplier stillThere = () -> meetings.byId(meeting, Selection.none()) != null;
        if (!stillThere.getAsBoolean()) {
            throw ApiException.notFound("id: there is no meeting with id " + meeting);
        }
        return fanOut.stream(RecordNotice.Kind.MEETING_CHANGED, changed -> changed == meeting, facts -> true,
                selection, stillThere, slowConsumer);
    }

    /**
     * Articles confirmed into the record from now on, as the public sees confirmed sources: without their drafts.
     *
     * @throws ApiException BAD_USER_INPUT when the selection asks for a draft field
     */
    public Multi<ArticleView> articlesConfirmed(Selection selection, Runnable slowConsumer) {
        ArticleReads.refuseDrafts(selection, "in articleConfirmed's events, which anyone may receive");
        return fanOut.stream(RecordNotice.Kind.ARTICLE_CONFIRMED, any -> true, facts -> true, selection, ALWAYS,
                slowConsumer);
    }

    private static Long id(String argument, String raw) {
        return raw == null ? null : Ids.parse(argument, raw);
    }

    private String code(String argument, String raw) {
        return raw == null ? null : countries.knownCode(argument, raw);
    }

    private static String codeOf(EnvoyView envoy) {
        CountryView country = envoy == null ? null : envoy.getCountry();
        return country == null ? null : Objects.toString(country.getCode(), null);
    }
}
