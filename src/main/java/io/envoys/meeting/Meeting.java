package io.envoys.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
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

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    Set<Participation> participations = new HashSet<>();

    /** Grows by one with every change (see {@link RecordVersions}). */
    @Version
    public int version;

    @Override
    public int version() {
        return version;
    }

    /** The envoys who took part. */
    public Set<Envoy> participants() {
        Set<Envoy> envoys = new HashSet<>();
        participations.forEach(participation -> envoys.add(participation.envoy));
        return envoys;
    }

    /** Whether {@code envoy} took part (compared by id: a participation may hold a lazy reference). */
    public boolean hasParticipant(Envoy envoy) {
        return participations.stream().anyMatch(participation -> participation.envoy.id.equals(envoy.id));
    }

    /**
     * Makes {@code envoys} the participants, keeping the rows of those who stay (a row removed and added again in one
     * flush would be inserted before it is deleted), each with the meeting's current date.
     */
    void setParticipants(Collection<Envoy> envoys) {
        Set<Long> staying = new HashSet<>();
        envoys.forEach(envoy -> staying.add(envoy.id));
        participations.removeIf(participation -> !staying.contains(participation.envoy.id));
        participations.forEach(participation -> participation.meetingDate = date);
        envoys.stream().filter(envoy -> !hasParticipant(envoy)).forEach(this::addParticipant);
    }

    void addParticipant(Envoy envoy) {
        participations.add(new Participation(this, envoy));
    }

    void removeParticipant(Envoy envoy) {
        participations.removeIf(participation -> participation.envoy.id.equals(envoy.id));
    }
}
