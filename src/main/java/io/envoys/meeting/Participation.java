package io.envoys.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.envoys.envoy.Envoy;

/**
 * An envoy's part in a meeting: one row of {@code meeting_participant}. The row repeats the meeting's date, kept equal
 * by {@link Meeting}, so that an envoy's meetings are read in date order from one index range
 * ({@code meeting_participant (envoy_id, meeting_date, meeting_id)}) that stops at the page, instead of every meeting
 * of the envoy being looked up and sorted.
 */
@Entity
@Table(name = "meeting_participant")
@IdClass(Participation.Key.class)
public class Participation {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    Meeting meeting;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "envoy_id")
    Envoy envoy;

    @Column(name = "meeting_date", nullable = false)
    LocalDate meetingDate;

    /** The title an article gave the envoy at this meeting, as written; null when entered by hand. */
    @Column(name = "title_as_written")
    String titleAsWritten;

    protected Participation() {
    }

    Participation(Meeting meeting, Envoy envoy) {
        this.meeting = meeting;
        this.envoy = envoy;
        this.meetingDate = meeting.date;
    }

    /** The composite key: the meeting's id and the envoy's id, as JPA derived identities name them. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long meeting;
        Long envoy;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(meeting, key.meeting) && Objects.equals(envoy, key.envoy);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meeting, envoy);
        }
    }
}
