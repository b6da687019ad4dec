package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.SpixiMessageCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Wire numbers and the group whitelist of spec §2.1. */
class SpixiMessageCodeTest {

    @Test
    void numbersMatchTheSpec() {
        assertEquals(0, CHAT.number());
        assertEquals(7, KEYS.number());
        assertEquals(9, MSG_RECEIVED.number());
        assertEquals(24, AVATAR.number());
        assertEquals(32, BOT_ACTION.number());
        assertEquals(37, LEAVE.number());
        assertEquals(40, REQUEST_ADD2.number());
        assertEquals(42, KEYS2.number());
        assertEquals(45, APP_PROTOCOL_DATA.number());
        assertEquals(50, OPEN_SECURE_CONNECTION.number());
        assertEquals(52, CREATE_GROUP.number());
        assertEquals(0xF0, RESERVED.number());
        // 0..52 are contiguous, in declaration order
        for (int n = 0; n <= 52; n++) {
            assertEquals(n, values()[n].number());
            assertEquals(Optional.of(values()[n]), fromNumber(n));
        }
    }

    @Test
    void unknownAndReservedNumbers() {
        for (int n = 53; n < 0xF0; n++) {
            assertEquals(Optional.empty(), fromNumber(n), "number " + n);
        }
        for (int n = 0xF0; n <= 0xFF; n++) {
            assertEquals(Optional.of(RESERVED), fromNumber(n), "number " + n);
        }
        assertEquals(Optional.empty(), fromNumber(0x100));
        assertEquals(Optional.empty(), fromNumber(-1));
        assertEquals(Optional.empty(), fromNumber(Integer.MIN_VALUE));
    }

    @Test
    void groupWhitelist() {
        Set<SpixiMessageCode> allowed = EnumSet.of(CHAT, MSG_READ, MSG_RECEIVED, FILE_DATA, REQUEST_FILE_DATA, FILE_HEADER,
                ACCEPT_FILE, FILE_FULLY_RECEIVED, AVATAR, MSG_DELETE, MSG_REACTION, LEAVE);
        for (SpixiMessageCode c : values()) {
            assertEquals(allowed.contains(c), c.allowedInGroup(), c.name());
        }
        assertFalse(CREATE_GROUP.allowedInGroup());
        assertTrue(LEAVE.allowedInGroup());
    }
}
