package io.envoys.shared;

import jakarta.persistence.EntityManager;

/**
 * Record versions, kept by the database itself: each change is one {@code version = version + 1} statement that also
 * locks the row until the transaction ends, so concurrent editors are serialized and exactly one of several updates
 * made against the same version wins.
 */
public final class Versions {

    private Versions() {
    }

    /** Moves the row to the next version if it is still at {@code expected}; false when it is not (or is gone). */
    public static boolean claim(EntityManager em, String entity, long id, int expected) {
        return em.createQuery("update " + entity + " x set x.version = x.version + 1"
                + " where x.id = :id and x.version = :expected")
                .setParameter("id", id)
                .setParameter("expected", expected)
                .executeUpdate() == 1;
    }

    /** Moves the row to the next version whatever it is; false when there is no such row. */
    public static boolean bump(EntityManager em, String entity, long id) {
        return em.createQuery("update " + entity + " x set x.version = x.version + 1 where x.id = :id")
                .setParameter("id", id)
                .executeUpdate() == 1;
    }
}
