package io.envoys.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("Meeting")
@Description("A meeting of envoys: when and where it took place, who hosted it, who took part and what was said.")
@RegisterForReflection
public class MeetingView implements HasConnections {

    /** How many columns {@link #columns} lists. */
    static final int WIDTH = 10;

    /** Columns read by {@link #read}, for a meeting aliased {@code alias}. */
    static String columns(String alias) {
        return alias + ".id, " + alias + ".title, " + alias + ".date, " + alias + ".city, " + alias + ".venue, "
                + alias + ".summary, " + alias + ".source, " + alias + ".version, " + alias + ".host_country_id, "
                + alias + ".recorded_at";
    }

    private final Long id;
    private final String title;
    private final LocalDate date;
    private final String city;
    private final String venue;
    private final String summary;
    private final String source;
    private final int version;
    private final Long hostCountryId;
    private final OffsetDateTime recordedAt;
    private List<String> topics;
    private CountryView hostCountry;
    private List<EnvoyView> participants;
    private final Connections connections = new Connections();

    private MeetingView(Object[] row, int from) {
        this.id = (Long) row[from];
        this.title = (String) row[from + 1];
        this.date = (LocalDate) row[from + 2];
        this.city = (String) row[from + 3];
        this.venue = (String) row[from + 4];
        this.summary = (String) row[from + 5];
        this.source = (String) row[from + 6];
        this.version = (Integer) row[from + 7];
        this.hostCountryId = (Long) row[from + 8];
        this.recordedAt = (OffsetDateTime) row[from + 9];
    }

    /** Reads the {@link #columns} of a row, starting at column {@code from}. */
    static MeetingView read(Object[] row, int from) {
        return new MeetingView(row, from);
    }

    @Id
    @NonNull
    @Description("Stable identifier of the meeting.")
    public Long getId() {
        return id;
    }

    @NonNull
    @Description("Short headline of the meeting.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("Day the meeting took place, e.g. 2016-12-13.")
    public LocalDate getDate() {
        return date;
    }

    @NonNull
    @Description("City the meeting took place in.")
    public String getCity() {
        return city;
    }

    @Description("Venue as reported, e.g. a hotel; null when not reported.")
    public String getVenue() {
        return venue;
    }

    @Description("What the meeting was about and what came of it, in a few sentences.")
    public String getSummary() {
        return summary;
    }

    @NonNull
    @Description("When the meeting entered this record (the recording request's start, on the database's clock); for"
            + " what was recorded after a moment, filter meetings with recordedSince.")
    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    @NonNull
    @Description("Subjects discussed, in the order recorded: at most 20, the most a meeting may record.")
    public List<@NonNull String> getTopics() {
        return topics;
    }

    @Description("Where the report of the meeting came from, e.g. Yonhap.")
    public String getSource() {
        return source;
    }

    @NonNull
    @Description("Version of this record; pass it as expectedVersion when updating the meeting.")
    public int getVersion() {
        return version;
    }

    @NonNull
    @Description("The country that hosted the meeting.")
    public CountryView getHostCountry() {
        return hostCountry;
    }

    @NonNull
    @Description("Envoys who took part, by name: at most 50, the most a meeting may record.")
    public List<@NonNull EnvoyView> getParticipants() {
        return participants;
    }

    Long id() {
        return id;
    }

    LocalDate date() {
        return date;
    }

    Long hostCountryId() {
        return hostCountryId;
    }

    void topics(List<String> topics) {
        this.topics = topics;
    }

    void hostCountry(CountryView hostCountry) {
        this.hostCountry = hostCountry;
    }

    void participants(List<EnvoyView> participants) {
        this.participants = participants;
    }

    @Override
    public Connections connections() {
        return connections;
    }
}
