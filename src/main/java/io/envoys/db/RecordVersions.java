package io.envoys.db;

import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.envoys.error.ApiException;

/**
 * Record versions through JPA's {@code @Version} (Jakarta Persistence 3.1, section 3.4.2), with the row held: an
 * editor's change locks the row as it loads it ({@code select … for update}), compares the version the editor read
 * with the stored one, and Hibernate writes the changes with {@code version = version + 1 … where version = ?}.
 * Concurrent editors of one record are served one after the other, so of several changes made against the same
 * version exactly one wins and the others get CONFLICT. One thing {@code @Version} alone does not give: Hibernate
 * raises the version only when a field or collection changed, and an update that sets the same values is still a
 * change for the editors (it wins or conflicts like any other), so {@link #flushAsNextVersion} raises it then.
 */
public final class RecordVersions {

    private RecordVersions() {
    }

    /**
     * The entity, its row held until the transaction ends, if it is still at the version the editor read.
     *
     * @param label the entity as clients name it, e.g. "Envoy"
     * @throws ApiException NOT_FOUND when there is no such row, CONFLICT naming both versions when it moved on
     */
    public static <E extends Versioned> E lockAt(EntityManager em, Class<E> type, long id, int expectedVersion,
            String label) {
        E entity = lock(em, type, id, "id", label);
        if (entity.version() != expectedVersion) {
            throw ApiException.conflict(label + " " + id + " is at version " + entity.version() + ", not "
                    + expectedVersion + ": someone changed it since you read it; reload it and apply your change again");
        }
        return entity;
    }

    /**
     * The entity, its row held until the transaction ends, whatever its version.
     *
     * @param field the argument that named the id, for the error
     * @throws ApiException NOT_FOUND when there is no such row
     */
    public static <E extends Versioned> E lock(EntityManager em, Class<E> type, long id, String field, String label) {
        E entity = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw ApiException.notFound(field + ": there is no " + label.toLowerCase(Locale.ROOT) + " with id " + id);
        }
        return entity;
    }

    /** Writes the entity's changes as exactly one new version, even when no value changed. */
    public static void flushAsNextVersion(EntityManager em, Versioned entity) {
        int loaded = entity.version();
        em.flush();
        if (entity.version() == loaded) {
            em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }
}
