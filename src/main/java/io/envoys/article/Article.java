package io.envoys.article;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.envoys.db.RecordVersions;
import io.envoys.db.Versioned;
import io.envoys.read.ArticleStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A news item the record comes from: one row of {@code article} (see V7__articles.sql). */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    public String source;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String headline;

    public String text;

    @Column(name = "content_hash")
    public String contentHash;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status;

    /** The meeting it was confirmed into, or null. */
    @Column(name = "meeting_id")
    public Long meetingId;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    /** Grows by one with every change (see {@link RecordVersions}). */
    @Version
    public int version;

    @Override
    public int version() {
        return version;
    }
}
