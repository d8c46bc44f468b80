package io.envoys.live;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Puts the notices of transactions in the order the transactions committed. A transaction takes a ticket just
 * before it commits, while it still holds its rows' locks, so two transactions that changed the same meeting take
 * tickets in the order they commit; each hands its ticket back when it has completed, with its notices if it
 * committed, and notices go on in ticket order, a transaction that completed early waiting for those before it.
 */
final class CommitOrder {

    private final Consumer<RecordNotice> next;
    private final Map<Long, Collection<RecordNotice>> completed = new HashMap<>();
    private long issued;
    private long due = 1;

    CommitOrder(Consumer<RecordNotice> next) {
        this.next = next;
    }

    /** A ticket for a transaction about to commit. */
    synchronized long ticket() {
        return ++issued;
    }

    /** The transaction with {@code ticket} has completed: {@code notices} are what it committed (empty: none). */
    synchronized void completed(long ticket, Collection<RecordNotice> notices) {
        completed.put(ticket, notices);
        for (Collection<RecordNotice> ready = completed.remove(due); ready != null; ready = completed.remove(due)) {
            due++;
            ready.forEach(next);
        }
    }
}
