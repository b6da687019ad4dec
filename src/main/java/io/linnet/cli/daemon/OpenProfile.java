package io.linnet.cli.daemon;

import io.linnet.chat.api.Messenger;

/** A profile the daemon has unlocked: its engine and its own nickname; closing stops engine, client and database. */
public interface OpenProfile extends AutoCloseable {

    Messenger messenger();

    /** The nickname we announce to contacts ({@code ""} if none). */
    String nickname();

    @Override
    void close();
}
