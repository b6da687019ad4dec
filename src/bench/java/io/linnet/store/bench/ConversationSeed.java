package io.linnet.store.bench;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Database;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Fills one conversation with many messages through the store, in transactions of 1 000 (for the UI benchmark). */
public final class ConversationSeed {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final int BATCH = 1_000;

    private ConversationSeed() {}

    /** The address the seeded conversation is with. */
    public static Address peer() {
        return BenchIds.address(0);
    }

    /** Saves the peer as an approved contact and {@code messages} read messages, a quarter outgoing, 0–60 s apart. */
    public static void fill(Database db, int messages) {
        fill(db, peer(), "busy contact", 0, messages);
    }

    /**
     * Saves {@code chats} approved contacts ("contact 1" …) with {@code messages} messages each, as
     * {@link #fill(Database, int)} does for one; the first is {@link #peer()}.
     */
    public static void fillChats(Database db, int chats, int messages) {
        for (int c = 0; c < chats; c++) {
            fill(db, BenchIds.address(c), "contact " + (c + 1), (long) c * messages, messages);
        }
    }

    private static void fill(Database db, Address peer, String nickname, long firstId, int messages) {
        db.useTransaction(tx -> tx.contacts().save(Contact.of(peer, ContactState.APPROVED, T0).withNickname(nickname)));
        BenchText text = new BenchText(30_000, 7);
        Random random = new Random(11);
        long millis = 0;
        for (int done = 0; done < messages; done += BATCH) {
            List<NewMessage> batch = new ArrayList<>(BATCH);
            for (int i = done; i < Math.min(messages, done + BATCH); i++) {
                millis += random.nextInt(60) * 1000L;
                Instant at = T0.plusMillis(millis);
                boolean outgoing = random.nextInt(4) == 0;
                batch.add(new NewMessage(new MessageKey(peer, BenchIds.id(firstId + i)), 0,
                        outgoing ? Direction.OUTGOING : Direction.INCOMING, null,
                        outgoing ? MessageState.DELIVERED : MessageState.READ, at, at, Bytes.EMPTY, text.message()));
            }
            db.useTransaction(tx -> batch.forEach(tx.messages()::insertIncomingIfNew));
        }
    }
}
