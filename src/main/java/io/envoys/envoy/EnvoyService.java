package io.envoys.envoy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.envoys.country.Country;
import io.envoys.country.CountryService;
import io.envoys.db.RecordVersions;
import io.envoys.error.ApiException;
import io.envoys.read.EnvoyReads;
import io.envoys.read.EnvoyView;
import io.envoys.read.Selection;
import io.envoys.validation.Ids;
import io.envoys.validation.Validate;

@ApplicationScoped
public class EnvoyService {

    private static final int TEXT_MAX = 200;

    private final EnvoyReads reads;
    private final CountryService countries;
    private final EntityManager em;

    EnvoyService(EnvoyReads reads, CountryService countries, EntityManager em) {
        this.reads = reads;
        this.countries = countries;
        this.em = em;
    }

    @Transactional
    public EnvoyView create(EnvoyInput input, Selection selection) {
        Envoy envoy = new Envoy();
        validate(input).applyTo(envoy);
        envoy.persistAndFlush();
        return reads.byId(envoy.id, selection);
    }

    @Transactional
    public EnvoyView update(long id, int expectedVersion, EnvoyInput input, Selection selection) {
        Fields fields = validate(input);
        Envoy envoy = RecordVersions.lockAt(em, Envoy.class, id, expectedVersion, "Envoy");
        fields.applyTo(envoy);
        RecordVersions.flushAsNextVersion(em, envoy);
        return reads.byId(id, selection);
    }

    @Transactional
    public long delete(long id) {
        Envoy envoy = require("id", id);
        long meetings = em.createQuery("select count(p) from Participation p where p.envoy.id = :id",
                Long.class).setParameter("id", id).getSingleResult();
        long quotes = em.createQuery("select count(q) from Quote q where q.speaker.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (meetings > 0 || quotes > 0) {
            throw ApiException.conflict("Envoy " + id + " took part in " + meetings + " meeting(s) and is quoted "
                    + quotes + " time(s); remove those quotes and participations first");
        }
        envoy.delete();
        return id;
    }

    /**
     * The envoys of a list of ids, in the order given: 1 to {@code max} distinct ids of existing envoys, or an error
     * naming the field and every id that broke the rule.
     */
    public List<Envoy> requireAll(String field, List<String> rawIds, int max) {
        if (rawIds == null || rawIds.isEmpty() || rawIds.size() > max) {
            throw ApiException.badInput(field + " must list 1 to " + max + " envoy ids; it lists "
                    + (rawIds == null ? 0 : rawIds.size()));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rawIds.size(); i++) {
            long id = Ids.parse(field + "[" + i + "]", rawIds.get(i));
            if (ids.contains(id)) {
                throw ApiException.badInput(field + " lists envoy " + id + " twice; each participant once");
            }
            ids.add(id);
        }
        Map<Long, Envoy> found = Envoy.<Envoy>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(envoy -> envoy.id, envoy -> envoy));
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.notFound(field + ": there is no envoy with id "
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return ids.stream().map(found::get).toList();
    }

    /** The envoy with this id, or NOT_FOUND naming the field that gave the id. */
    public Envoy require(String field, long id) {
        Envoy envoy = Envoy.findById(id);
        if (envoy == null) {
            throw ApiException.notFound(field + ": there is no envoy with id " + id);
        }
        return envoy;
    }

    /** An envoy's editable fields, checked. */
    private record Fields(String name, String title, String organization, Country country) {

        void applyTo(Envoy envoy) {
            envoy.name = name;
            envoy.title = title;
            envoy.organization = organization;
            envoy.country = country;
        }
    }

    private Fields validate(EnvoyInput input) {
        return new Fields(
                Validate.line("input.name", input.name, TEXT_MAX),
                Validate.optionalLine("input.title", input.title, TEXT_MAX),
                Validate.optionalLine("input.organization", input.organization, TEXT_MAX),
                countries.forInput("input.countryCode", input.countryCode));
    }
}
