package io.envoys.ingestion;

import java.util.List;

/**
 * An envoy the service already knows.
 *
 * @param id          the service's id
 * @param name        the service's canonical name ("Kim Hong-kyun", "Joseph Yun")
 * @param countryCode ISO 3166-1 alpha-2 code, or null
 * @param aliases     other names as written that an editor confirmed ("Sung Yong Kim"); never null
 */
public record KnownPerson(long id, String name, String countryCode, List<String> aliases) {

    /** Copies {@code aliases}; a null list means none. */
    public KnownPerson {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
