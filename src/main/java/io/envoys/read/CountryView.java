package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("Country")
@Description("A country that envoys represent and that hosts meetings.")
@RegisterForReflection
public class CountryView implements HasConnections {

    /** How many columns {@link #columns} lists. */
    static final int WIDTH = 4;

    /** Columns read by {@link #read}, for a country aliased {@code alias}. */
    static String columns(String alias) {
        return alias + ".id, " + alias + ".code, " + alias + ".name, " + alias + ".official_name";
    }

    private final Long id;
    private final String code;
    private final String name;
    private final String officialName;
    private final Connections connections = new Connections();

    private CountryView(Long id, String code, String name, String officialName) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.officialName = officialName;
    }

    /** Reads the {@link #columns} of a row, starting at column {@code from}. */
    static CountryView read(Object[] row, int from) {
        return new CountryView((Long) row[from], (String) row[from + 1], (String) row[from + 2], (String) row[from + 3]);
    }

    @Id
    @NonNull
    @Description("Stable identifier of the country.")
    public Long getId() {
        return id;
    }

    @NonNull
    @Description("ISO 3166-1 alpha-2 code, e.g. KR.")
    public String getCode() {
        return code;
    }

    @NonNull
    @Description("Short English name, e.g. South Korea.")
    public String getName() {
        return name;
    }

    @Description("Official name, e.g. Republic of Korea; null when not recorded.")
    public String getOfficialName() {
        return officialName;
    }

    Long id() {
        return id;
    }

    @Override
    public Connections connections() {
        return connections;
    }
}
