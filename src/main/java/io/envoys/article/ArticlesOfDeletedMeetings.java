package io.envoys.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.envoys.meeting.MeetingDeleted;
import io.envoys.read.ArticleStatus;

/**
 * The articles confirmed into a meeting that is deleted become DRAFTs again (their version grows by one), so that an
 * editor can confirm them into another meeting or reject them; a CONFIRMED article without its meeting could be
 * neither.
 */
@ApplicationScoped
class ArticlesOfDeletedMeetings {

    private final EntityManager em;

    ArticlesOfDeletedMeetings(EntityManager em) {
        this.em = em;
    }

    void reopen(@Observes MeetingDeleted deleted) {
        em.createQuery("update Article a set a.status = :draft, a.meetingId = null, a.version = a.version + 1"
                + " where a.meetingId = :meeting").setParameter("draft", ArticleStatus.DRAFT)
                .setParameter("meeting", deleted.meetingId()).executeUpdate();
    }
}
