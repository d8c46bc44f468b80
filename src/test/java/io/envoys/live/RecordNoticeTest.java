package io.envoys.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A notice survives its trip through a PostgreSQL notification's payload; anything else there is ignored. */
class RecordNoticeTest {

    @Test
    void aNoticeReadsBackAsWritten() {
        RecordNotice notice = new RecordNotice(RecordNotice.Kind.QUOTE_RECORDED, 1234567890123L);
        assertEquals("QUOTE_RECORDED:1234567890123", notice.encode());
        assertEquals(notice, RecordNotice.decode(notice.encode()));
    }

    @Test
    void aPayloadThatIsNotANoticeIsNone() {
        assertNull(RecordNotice.decode(null));
        assertNull(RecordNotice.decode("hello"));
        assertNull(RecordNotice.decode("QUOTE_SAID:1"));
        assertNull(RecordNotice.decode("QUOTE_RECORDED:x"));
    }
}
