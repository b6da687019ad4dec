package io.linnet.chat.store;

import java.time.Instant;

/**
 * A position in a conversation's order, which is (sentAt, seq): the message time, with the local
 * insertion number breaking ties. Take it from {@link StoredMessage#cursor()}.
 *
 * @param sentAt the message time
 * @param seq the local insertion number
 */
public record PageCursor(Instant sentAt, long seq) {

    public PageCursor {
        sentAt = Times.required(sentAt, "sentAt");
    }
}
