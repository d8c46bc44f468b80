package io.envoys.live;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.properties.UnlessBuildProperty;

/**
 * Notices within one process, for the embedded H2 build (one replica): each transaction's notices, duplicates
 * dropped, go to {@link FanOut} after it commits, in commit order ({@link CommitOrder}).
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class InProcessNotices implements Notices {

    private static final Object PENDING = InProcessNotices.class;

    private final TransactionSynchronizationRegistry transactions;
    private final CommitOrder order;

    InProcessNotices(TransactionSynchronizationRegistry transactions, FanOut fanOut) {
        this.transactions = transactions;
        this.order = new CommitOrder(fanOut::deliver);
    }

    @Override
    public void send(RecordNotice notice) {
        if (transactions.getTransactionKey() == null) {
            order.completed(order.ticket(), List.of(notice));
            return;
        }
        Pending pending = (Pending) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        pending.notices.add(notice);
    }

    /** One transaction's notices, waiting for it to complete. */
    private final class Pending implements Synchronization {

        private final Set<RecordNotice> notices = new LinkedHashSet<>();
        private long ticket;

        @Override
        public void beforeCompletion() {
            ticket = order.ticket();
        }

        @Override
        public void afterCompletion(int status) {
            if (ticket != 0) {
                order.completed(ticket, status == Status.STATUS_COMMITTED ? notices : List.of());
            }
        }
    }
}
