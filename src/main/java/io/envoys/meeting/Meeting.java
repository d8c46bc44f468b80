package io.envoys.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.envoys.country.Country;
import io.envoys.db.RecordVersions;
import io.envoys.db.Versioned;
import io.envoys.envoy.Envoy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    public Long id;

    public String title;

    @Column(name = "date")
    public LocalDate date;

    public String city;

    public String venue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_country_id")
    public Country hostCountry;

    public String summary;

    public String source;

    @ElementCollection
    @CollectionTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic")
    public List<String> topics = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "meeting_participant",
            joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "envoy_id"))
    public Set<Envoy> participants = new HashSet<>();

    /** Grows by one with every change (see {@link RecordVersions}). */
    @Version
    public int version;

    @Override
    public int version() {
        return version;
    }
}
