package io.linnet.app;

import static io.linnet.app.RelayFixture.await;
import static io.linnet.app.RelayFixture.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group message still on its way when the backup was taken comes back FAILED without outbox entries;
 * retrying it in the restored profile rebuilds its copies as routing has them — to the owner alone in
 * privacy mode, to every member directly in a standard group whose members all know each other — and it
 * reaches everyone through a real relay, delivered.
 */
class RestoredGroupRetryTest extends RelayTestBase {

    @Test
    void privacyModeRetryGoesToTheOwnerWhoRelaysIt() throws Exception {
        retryAfterRestore(true, 1);
    }

    @Test
    void standardModeRetryGoesToEveryMemberDirectly() throws Exception {
        retryAfterRestore(false, 2);
    }

    /**
     * Owner, bob and carol; bob writes while the owner and carol are away, backs up and is restored; the
     * retry queues {@code copies} entries and the message ends delivered at everyone.
     */
    void retryAfterRestore(boolean hidden, int copies) throws Exception {
        ProfileRuntime owner = start("owner");
        ProfileRuntime bob = start("bob");
        ProfileRuntime carol = start("carol");
        RelayFixture.connectAll(owner.messenger(), bob.messenger(), carol.messenger());
        Group g = await(owner.messenger().groups().create("team", List.of(bob.messenger().address(),
                carol.messenger().address()), hidden, List.of()));
        for (ProfileRuntime m : List.of(bob, carol)) {
            until(() -> m.messenger().groups().members(g.address()).size() == 3, "joined");
        }
        Address bobInGroup = carol.messenger().groups().members(g.address()).get(1).address();
        shut(owner);
        shut(carol);
        StoredMessage waiting = await(bob.messenger().sendText(g.address(), "written before the backup"));
        Path backup = dir.resolve("bob.lnbackup");
        bob.exportBackup(backup, RelayFixture.PW, true);
        shut(bob);

        ProfileRuntime.restore(backup, RelayFixture.PW, dir.resolve("bob-restored"));
        Messenger restored = start("bob-restored").messenger();
        assertEquals(MessageState.FAILED, restored.message(waiting.key()).orElseThrow().state());
        assertEquals(copies, await(restored.retry(waiting.key())), "one copy per next hop");
        assertEquals(MessageState.SENDING, restored.message(waiting.key()).orElseThrow().state());
        assertEquals(0, await(restored.retry(waiting.key())), "a message on its way is not queued twice");

        Messenger o = start("owner").messenger();
        Messenger c = start("carol").messenger();
        for (Messenger m : List.of(o, c)) {
            until(() -> m.history(g.address(), 10).size() == 1, "the message at " + m.address());
            StoredMessage got = m.history(g.address(), 10).getFirst();
            assertEquals("written before the backup", got.body());
            assertEquals(waiting.sentAt(), got.sentAt(), "the original sending time");
        }
        assertEquals(bobInGroup, c.history(g.address(), 10).getFirst().author());
        until(() -> restored.message(waiting.key()).orElseThrow().state() == MessageState.DELIVERED, "delivered to all");
    }
}
