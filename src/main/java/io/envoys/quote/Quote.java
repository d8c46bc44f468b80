package io.envoys.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.envoys.envoy.Envoy;
import io.envoys.meeting.Meeting;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Envoy speaker;

    public String text;

    public boolean partial;

    public String context;

    public int position;

    /** The article the quote was taken from, or null for one entered by hand. */
    @Column(name = "article_id")
    public Long articleId;

    /** Where the quote starts in its article's text (UTF-16 code units), or null. */
    @Column(name = "start_offset")
    public Integer startOffset;

    /** Where the quote ends in its article's text (exclusive), or null. */
    @Column(name = "end_offset")
    public Integer endOffset;
}
