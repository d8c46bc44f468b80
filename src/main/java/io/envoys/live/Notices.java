package io.envoys.live;

/**
 * Carries record notices from the transaction that wrote the record to {@link FanOut}: only once that transaction
 * has committed (nothing for one rolled back), and in the order transactions committed, so that for one meeting the
 * notices come in the order its changes did. On PostgreSQL every replica's fan-out receives them; on H2, this
 * process's.
 */
interface Notices {

    /** Sends {@code notice} when the current transaction commits (at once when there is none). */
    void send(RecordNotice notice);
}
