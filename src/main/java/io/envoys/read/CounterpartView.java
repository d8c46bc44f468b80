package io.envoys.read;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type("Counterpart")
@Description("Another envoy met in at least one meeting, with how often and how recently.")
@RegisterForReflection
public class CounterpartView {

    /** How many columns {@link #read} reads: the meeting count, the last date, then the envoy's. */
    static final int WIDTH = 2 + EnvoyView.WIDTH;

    private final EnvoyView envoy;
    private final int meetingCount;
    private final LocalDate lastMetOn;

    CounterpartView(EnvoyView envoy, int meetingCount, LocalDate lastMetOn) {
        this.envoy = envoy;
        this.meetingCount = meetingCount;
        this.lastMetOn = lastMetOn;
    }

    /** Reads a counterpart from a row, starting at column {@code from}. */
    static CounterpartView read(Object[] row, int from) {
        return new CounterpartView(EnvoyView.read(row, from + 2), ((Number) row[from]).intValue(),
                (LocalDate) row[from + 1]);
    }

    EnvoyView envoy() {
        return envoy;
    }

    int meetingCount() {
        return meetingCount;
    }

    @NonNull
    @Description("The envoy met.")
    public EnvoyView getEnvoy() {
        return envoy;
    }

    @NonNull
    @Description("Number of meetings both envoys took part in.")
    public int getMeetingCount() {
        return meetingCount;
    }

    @NonNull
    @Description("Date of the most recent meeting both took part in.")
    public LocalDate getLastMetOn() {
        return lastMetOn;
    }
}
