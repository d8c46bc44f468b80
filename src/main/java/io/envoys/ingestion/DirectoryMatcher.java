package io.envoys.ingestion;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.envoys.ingestion.speaker.NameKeys;
import io.envoys.ingestion.speaker.People;
import io.envoys.ingestion.speaker.Person;

/**
 * Matches the people an article names to the service's known envoys: any written form against the envoy's name or an
 * alias, order-insensitive, without middle names or initials, one-letter slips forgiven ({@link NameKeys#same}); a
 * person named only by a single word matches when exactly one known envoy has that name word.
 */
final class DirectoryMatcher {

    private DirectoryMatcher() {
    }

    /** The known envoy of each person that has one; matched people are {@link Person#recognise recognised}. */
    static Map<Person, KnownPerson> match(People people, Directory directory) {
        Map<Person, KnownPerson> out = new IdentityHashMap<>();
        for (Person person : people.persons()) {
            KnownPerson known = find(person, directory.people());
            if (known != null) {
                out.put(person, known);
                person.recognise(known.countryCode());
            }
        }
        return out;
    }

    /**
     * The known envoy a person is: one whose own name a written form of two words or more fits, else one whose alias
     * does (an envoy's own name wins over another's alias, so one mistaken alias cannot take a name from its owner),
     * else the only one a single-word name fits.
     */
    private static KnownPerson find(Person person, List<KnownPerson> known) {
        KnownPerson byName = byFullName(person, known, k -> List.of(k.name()));
        if (byName != null) {
            return byName;
        }
        KnownPerson byAlias = byFullName(person, known, KnownPerson::aliases);
        if (byAlias != null) {
            return byAlias;
        }
        if (person.keys().size() == 1) {
            String key = person.keys().get(0);
            List<KnownPerson> fits = known.stream()
                    .filter(k -> namesOf(k).stream().anyMatch(n -> NameKeys.matchesOne(key, NameKeys.of(n)))).toList();
            return fits.size() == 1 ? fits.get(0) : null;
        }
        return null;
    }

    private static KnownPerson byFullName(Person person, List<KnownPerson> known,
            Function<KnownPerson, List<String>> names) {
        for (KnownPerson k : known) {
            for (String form : person.forms().keySet()) {
                List<String> keys = NameKeys.of(form);
                if (keys.size() >= 2 && names.apply(k).stream().anyMatch(n -> NameKeys.same(keys, NameKeys.of(n)))) {
                    return k;
                }
            }
        }
        return null;
    }

    private static List<String> namesOf(KnownPerson k) {
        List<String> names = new ArrayList<>(k.aliases());
        names.add(0, k.name());
        return names;
    }
}
