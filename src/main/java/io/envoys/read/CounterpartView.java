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

    private final EnvoyView envoy;
    private final int meetingCount;
    private final LocalDate lastMetOn;

    CounterpartView(EnvoyView envoy, int meetingCount, LocalDate lastMetOn) {
        this.envoy = envoy;
        this.meetingCount = meetingCount;
        this.lastMetOn = lastMetOn;
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
