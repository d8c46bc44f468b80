package io.envoys.ingestion;

import java.util.List;

/**
 * What the service already knows, for matching names in an article.
 *
 * @param people    known envoys; never null
 * @param countries known countries (their names extend the built-in gazetteer); never null
 */
public record Directory(List<KnownPerson> people, List<KnownCountry> countries) {

    /** A directory that knows nobody and no country. */
    public static final Directory EMPTY = new Directory(List.of(), List.of());

    /** Copies both lists; null means empty. */
    public Directory {
        people = people == null ? List.of() : List.copyOf(people);
        countries = countries == null ? List.of() : List.copyOf(countries);
    }
}
