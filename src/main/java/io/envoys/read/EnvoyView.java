package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("Envoy")
@Description("A person who represents a country in meetings: a special representative, a negotiator, a minister.")
@RegisterForReflection
public class EnvoyView implements HasConnections {

    /** How many columns {@link #columns} lists. */
    static final int WIDTH = 6;

    /** Columns read by {@link #read}, for an envoy aliased {@code alias}. */
    static String columns(String alias) {
        return alias + ".id, " + alias + ".name, " + alias + ".title, " + alias + ".organization, "
                + alias + ".version, " + alias + ".country_id";
    }

    private final Long id;
    private final String name;
    private final String title;
    private final String organization;
    private final int version;
    private final Long countryId;
    private CountryView country;
    private final Connections connections = new Connections();

    private EnvoyView(Long id, String name, String title, String organization, int version, Long countryId) {
        this.id = id;
        this.name = name;
        this.title = title;
        this.organization = organization;
        this.version = version;
        this.countryId = countryId;
    }

    /** Reads the {@link #columns} of a row, starting at column {@code from}. */
    static EnvoyView read(Object[] row, int from) {
        return new EnvoyView((Long) row[from], (String) row[from + 1], (String) row[from + 2], (String) row[from + 3],
                (Integer) row[from + 4], (Long) row[from + 5]);
    }

    @Id
    @NonNull
    @Description("Stable identifier of the envoy.")
    public Long getId() {
        return id;
    }

    @NonNull
    @Description("Full name as reported, e.g. Kim Hong-kyun.")
    public String getName() {
        return name;
    }

    @Description("Title or role as reported, e.g. Special Representative for Korean Peninsula Peace and Security Affairs.")
    public String getTitle() {
        return title;
    }

    @Description("Ministry or office the envoy works for, when reported.")
    public String getOrganization() {
        return organization;
    }

    @NonNull
    @Description("Version of this record; pass it as expectedVersion when updating the envoy.")
    public int getVersion() {
        return version;
    }

    @NonNull
    @Description("The country the envoy represents.")
    public CountryView getCountry() {
        return country;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Long countryId() {
        return countryId;
    }

    void country(CountryView country) {
        this.country = country;
    }

    @Override
    public Connections connections() {
        return connections;
    }
}
