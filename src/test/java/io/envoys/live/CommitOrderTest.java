package io.envoys.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Notices go on in the order their transactions took tickets, whatever order the transactions complete in. */
class CommitOrderTest {

    private final List<RecordNotice> delivered = new ArrayList<>();
    private final CommitOrder order = new CommitOrder(delivered::add);

    @Test
    void aTransactionThatCompletesEarlyWaitsForThoseThatCommittedBeforeIt() {
        long first = order.ticket();
        long second = order.ticket();
        long third = order.ticket();
        order.completed(third, List.of(notice(3)));
        order.completed(second, List.of(notice(2)));
        assertEquals(List.of(), delivered, "nothing goes on before the first transaction completes");
        order.completed(first, List.of(notice(1)));
        assertEquals(List.of(notice(1), notice(2), notice(3)), delivered);
    }

    @Test
    void aRolledBackTransactionSendsNothingAndHoldsNoOneUp() {
        long rolledBack = order.ticket();
        long committed = order.ticket();
        order.completed(committed, List.of(notice(7), notice(8)));
        order.completed(rolledBack, List.of());
        assertEquals(List.of(notice(7), notice(8)), delivered);
        long later = order.ticket();
        order.completed(later, List.of(notice(9)));
        assertEquals(notice(9), delivered.get(2));
    }

    private static RecordNotice notice(long meetingId) {
        return new RecordNotice(RecordNotice.Kind.MEETING_CHANGED, meetingId);
    }
}
