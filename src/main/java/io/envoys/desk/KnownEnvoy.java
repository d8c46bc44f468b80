package io.envoys.desk;

import java.util.Comparator;
import java.util.List;

import io.envoys.ingestion.Directory;

/**
 * An envoy the record holds, as the review form offers them for a participant the draft did not find (the option's
 * value is the id; the name confirmed is the record's, whatever the form says).
 *
 * @param id the envoy's id
 * @param name the name in the record
 * @param countryCode the code of the country they represent
 */
public record KnownEnvoy(String id, String name, String countryCode) {

    /** Every envoy of {@code directory}, by name. */
    static List<KnownEnvoy> all(Directory directory) {
        return directory.people().stream()
                .map(person -> new KnownEnvoy(String.valueOf(person.id()), person.name(), person.countryCode()))
                .sorted(Comparator.comparing(KnownEnvoy::name).thenComparing(KnownEnvoy::id)).toList();
    }
}
