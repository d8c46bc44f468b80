package io.envoys.envoy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.envoys.validation.Text;

/**
 * The other names of known envoys, as articles wrote them and an editor confirmed them (table {@code envoy_alias}):
 * ingestion matches the next article's names against them too. Learned inside the transaction that confirms an
 * article; two confirmations teaching an envoy the same name at once store it once, neither failing (an insert that
 * a duplicate would abort, on PostgreSQL the whole transaction, skips it instead).
 */
@ApplicationScoped
public class EnvoyAliases {

    /** The most names one envoy keeps besides their own; later ones are not learned. */
    public static final int MAX_PER_ENVOY = 20;

    private final EntityManager em;
    private final String insert;

    EnvoyAliases(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.em = em;
        this.insert = "postgresql".equals(databaseKind)
                ? "insert into envoy_alias (envoy_id, alias) values (?1, ?2) on conflict do nothing"
                : "merge into envoy_alias (envoy_id, alias) key (envoy_id, alias) values (?1, ?2)";
    }

    /**
     * Remembers {@code nameAsWritten} as another name of the envoy, unless it is a single word (a family name alone
     * would match every namesake), their name or one they have already (case and runs of white space aside), or they
     * have {@link #MAX_PER_ENVOY} already. Runs in the caller's transaction.
     *
     * @param nameAsWritten a name as an article wrote it, at most 200 characters
     */
    public void learn(Envoy envoy, String nameAsWritten) {
        String alias = Text.spaced(nameAsWritten);
        if (!alias.contains(" ") || alias.equalsIgnoreCase(Text.spaced(envoy.name))) {
            return;
        }
        List<?> known = em.createNativeQuery("select alias from envoy_alias where envoy_id = ?1")
                .setParameter(1, envoy.id).getResultList();
        if (known.size() >= MAX_PER_ENVOY || known.stream().anyMatch(name -> alias.equalsIgnoreCase((String) name))) {
            return;
        }
        em.createNativeQuery(insert).setParameter(1, envoy.id).setParameter(2, alias).executeUpdate();
    }
}
