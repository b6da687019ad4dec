package io.linnet.chat.identity;

import io.linnet.chat.identity.ProfileSnapshot.GroupRecord;
import io.linnet.chat.identity.ProfileSnapshot.MessageRecord;
import io.linnet.chat.store.ConversationSummary;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.Identity;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.Transaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Takes a {@link ProfileSnapshot} out of a database and puts one into a fresh database. Both work inside
 * the caller's transaction (a read transaction suffices to take one, so a backup can run beside the
 * engine). Stateless.
 */
public final class ProfileSnapshots {
    private static final int PAGE = 500;

    private ProfileSnapshots() {}

    /** Everything a backup carries, as of {@code tx}'s snapshot; messages only with {@code includeHistory}. */
    public static ProfileSnapshot take(Transaction tx, boolean includeHistory) {
        Identity me = tx.identity().find().orElseThrow(() -> new IllegalStateException("the profile has no identity"));
        List<GroupRecord> groups = new ArrayList<>();
        for (Group g : tx.groups().all()) {
            groups.add(new GroupRecord(g, tx.groups().members(g.address()), tx.groups().channels(g.address())));
        }
        List<MessageRecord> messages = new ArrayList<>();
        if (includeHistory) {
            for (ConversationSummary s : tx.conversations().summaries()) {
                List<StoredMessage> all = new ArrayList<>();
                List<StoredMessage> page = tx.messages().newestPage(s.conversation(), PAGE);
                while (!page.isEmpty()) {
                    all.addAll(page);
                    page = tx.messages().olderPage(s.conversation(), page.getLast().cursor(), PAGE);
                }
                Collections.reverse(all);
                for (StoredMessage m : all) {
                    messages.add(new MessageRecord(m, tx.reactions().reactions(m.key())));
                }
            }
        }
        return new ProfileSnapshot(me.nickname(), me.avatar(), tx.contacts().all(), groups, includeHistory, messages);
    }

    /**
     * Writes {@code s} into a database that holds no contacts, groups or messages yet, under an identity
     * record already saved there. Outgoing messages that were still on their way ({@code SENDING},
     * {@code SENT}) come back {@code FAILED}: the outbox is not part of a backup.
     */
    public static void restore(Transaction tx, ProfileSnapshot s) {
        Identity me = tx.identity().find().orElseThrow(() -> new IllegalStateException("save the identity first"));
        tx.identity().save(me.withNickname(s.nickname()).withAvatar(s.avatar()));
        s.contacts().forEach(tx.contacts()::save);
        for (GroupRecord g : s.groups()) {
            tx.groups().save(g.group());
            tx.groups().replaceMembers(g.group().address(), g.members());
            g.channels().forEach(c -> tx.groups().saveChannel(g.group().address(), c));
        }
        for (MessageRecord rec : s.messages()) {
            StoredMessage m = rec.message();
            MessageState state = m.direction() == Direction.OUTGOING
                    && (m.state() == MessageState.SENDING || m.state() == MessageState.SENT) ? MessageState.FAILED : m.state();
            boolean fresh = tx.messages().insertIncomingIfNew(new NewMessage(m.key(), m.channel(), m.direction(), m.author(),
                    state, m.sentAt(), m.receivedAt(), m.replyTo(), m.body()));
            if (!fresh) {
                continue;
            }
            if (m.editedAt() != null) {
                tx.messages().edit(m.key(), m.body(), m.editedAt());
            }
            if (m.deletedAt() != null) {
                tx.messages().deleteForEveryone(m.key(), m.deletedAt());
            }
            for (Reaction r : rec.reactions()) {
                tx.reactions().react(m.key(), r);
            }
        }
    }
}
