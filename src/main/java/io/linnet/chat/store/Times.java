package io.linnet.chat.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The store keeps times to the millisecond; records truncate on the way in so round trips compare equal. */
final class Times {
    private Times() {}

    static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    static Instant required(Instant t, String what) {
        if (t == null) {
            throw new NullPointerException(what);
        }
        return millis(t);
    }
}
