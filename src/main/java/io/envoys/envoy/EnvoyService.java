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
import io.envoys.shared.ApiException;
import io.envoys.shared.Ids;
import io.envoys.shared.PageRequest;
import io.envoys.shared.Selection;
import io.envoys.shared.Text;
import io.envoys.shared.Validate;
import io.envoys.shared.Versions;
import io.envoys.shared.Where;

@ApplicationScoped
public class EnvoyService {

    private static final int TEXT_MAX = 200;

    private final EnvoyLoader loader;
    private final CountryService countries;
    private final EntityManager em;

    EnvoyService(EnvoyLoader loader, CountryService countries, EntityManager em) {
        this.loader = loader;
        this.countries = countries;
        this.em = em;
    }

    public EnvoyView byId(long id, Selection selection) {
        return loader.byIds(List.of(id), selection).get(id);
    }

    public EnvoyConnection list(EnvoyFilter filter, Integer first, String after, Selection connection) {
        PageRequest request = PageRequest.of(first, after);
        return new EnvoyConnection(loader.page(where(filter), request, connection));
    }

    @Transactional
    public EnvoyView create(EnvoyInput input, Selection selection) {
        Envoy envoy = new Envoy();
        validate(input).applyTo(envoy);
        envoy.persistAndFlush();
        return byId(envoy.id, selection);
    }

    @Transactional
    public EnvoyView update(long id, int expectedVersion, EnvoyInput input, Selection selection) {
        Fields fields = validate(input);
        if (!Versions.claim(em, "Envoy", id, expectedVersion)) {
            throw ApiException.conflict("Envoy " + id + " is at version " + require("id", id).version + ", not "
                    + expectedVersion + ": someone changed it since you read it; reload it and apply your change again");
        }
        Envoy envoy = require("id", id);
        fields.applyTo(envoy);
        envoy.flush();
        return byId(id, selection);
    }

    @Transactional
    public long delete(long id) {
        Envoy envoy = require("id", id);
        long meetings = em.createQuery("select count(m) from Meeting m join m.participants e where e.id = :id",
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

    private Where where(EnvoyFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.countryCode != null) {
            where.and("e.country_id = ?",
                    countries.idForFilter("filter.countryCode", filter.countryCode));
        }
        if (filter.nameContains != null) {
            where.and("lower(e.name) like lower(?) escape '\\'",
                    Text.containsPattern(Text.filterValue("filter.nameContains", filter.nameContains)));
        }
        return where;
    }
}
