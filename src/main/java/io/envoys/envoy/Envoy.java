package io.envoys.envoy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.envoys.country.Country;
import io.envoys.db.RecordVersions;
import io.envoys.db.Versioned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "envoy")
public class Envoy extends PanacheEntityBase implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "envoy_seq")
    @SequenceGenerator(name = "envoy_seq", sequenceName = "envoy_seq", allocationSize = 50)
    public Long id;

    public String name;

    public String title;

    public String organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    public Country country;

    /** Grows by one with every change (see {@link RecordVersions}). */
    @Version
    public int version;

    @Override
    public int version() {
        return version;
    }
}
