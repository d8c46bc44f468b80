package io.envoys.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.envoys.article.ArticleConfirmed;
import io.envoys.meeting.MeetingChanged;
import io.envoys.meeting.MeetingDeleted;
import io.envoys.meeting.MeetingRecorded;
import io.envoys.quote.QuoteRecorded;

/** Turns the features' record events, observed inside their transactions, into notices for subscribers. */
@ApplicationScoped
class NoticeTaker {

    private final Notices notices;

    NoticeTaker(Notices notices) {
        this.notices = notices;
    }

    void quoteRecorded(@Observes QuoteRecorded event) {
        notices.send(new RecordNotice(RecordNotice.Kind.QUOTE_RECORDED, event.quoteId()));
    }

    void meetingRecorded(@Observes MeetingRecorded event) {
        notices.send(new RecordNotice(RecordNotice.Kind.MEETING_RECORDED, event.meetingId()));
    }

    void meetingChanged(@Observes MeetingChanged event) {
        notices.send(new RecordNotice(RecordNotice.Kind.MEETING_CHANGED, event.meetingId()));
    }

    void meetingDeleted(@Observes MeetingDeleted event) {
        notices.send(new RecordNotice(RecordNotice.Kind.MEETING_DELETED, event.meetingId()));
    }

    void articleConfirmed(@Observes ArticleConfirmed event) {
        notices.send(new RecordNotice(RecordNotice.Kind.ARTICLE_CONFIRMED, event.articleId()));
    }
}
