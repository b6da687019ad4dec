package io.linnet.store;

import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.NewMessage;
import io.linnet.ixian.codec.Bytes;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link CrashSafetyTest}: writes batches to a database for ever, each batch one
 * transaction of {@link #BATCH} messages with their outbox entries and reactions, and prints
 * {@code committed <n>} after each commit. The test kills it somewhere in the middle.
 */
public final class CrashWriter {
    static final int BATCH = 25;

    private CrashWriter() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            for (int batch = 0; ; batch++) {
                int b = batch;
                db.useTransaction(tx -> {
                    for (int i = 0; i < BATCH; i++) {
                        long n = (long) b * BATCH + i;
                        MessageKey key = Fixtures.key(Fixtures.address(1 + (int) (n % 3)), n);
                        Instant at = Fixtures.at(n);
                        tx.messages().insertOutgoing(NewMessage.outgoing(key, "batch " + b + " message " + n + " "
                                + "padding ".repeat(20), at));
                        tx.outbox().enqueue(key.conversation(), key.messageId(), key, Bytes.utf8("payload " + n), at);
                        tx.reactions().react(key, Fixtures.address(9), "👍", at);
                    }
                });
                System.out.println("committed " + batch);
                System.out.flush();
            }
        }
    }
}
