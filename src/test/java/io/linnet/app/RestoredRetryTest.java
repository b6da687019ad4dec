package io.linnet.app;

import static io.linnet.app.RelayFixture.await;
import static io.linnet.app.RelayFixture.bodies;
import static io.linnet.app.RelayFixture.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A message still on its way when the backup was taken comes back FAILED without an outbox entry (the
 * outbox is not part of a backup); retrying it in the restored profile really sends it, through a real relay.
 */
class RestoredRetryTest extends RelayTestBase {
    @Test
    void retryAfterRestoreQueuesTheMessageAgainAndItIsDelivered() throws Exception {
        ProfileRuntime a = start("alice");
        ProfileRuntime b = start("bob");
        RelayFixture.connect(a.messenger(), b.messenger());
        var bob = b.messenger().address();
        shut(b);
        StoredMessage first = await(a.messenger().sendText(bob, "written before the backup"));
        StoredMessage second = await(a.messenger().sendText(bob, "and another"));
        Path backup = dir.resolve("alice.lnbackup");
        a.exportBackup(backup, RelayFixture.PW, true);
        shut(a);

        assertEquals(a.messenger().address(), ProfileRuntime.restore(backup, RelayFixture.PW, dir.resolve("alice-restored")));
        ProfileRuntime restored = start("alice-restored");
        Messenger alice = restored.messenger();
        assertEquals(MessageState.FAILED, alice.message(first.key()).orElseThrow().state());
        assertTrue(restored.client().state().running());
        assertEquals(1, await(alice.retry(first.key())));
        assertEquals(MessageState.SENDING, alice.message(first.key()).orElseThrow().state());
        assertEquals(1, await(alice.retry(second.key())));
        assertEquals(0, await(alice.retry(second.key())), "a message on its way is not queued twice");

        ProfileRuntime b2 = start("bob");
        until(() -> bodies(b2.messenger(), alice).size() == 2, "both messages at bob");
        assertEquals(List.of("written before the backup", "and another"), bodies(b2.messenger(), alice));
        assertEquals(first.sentAt(), b2.messenger().history(alice.address(), 10).getFirst().sentAt(), "the original sending time");
        until(() -> alice.message(first.key()).orElseThrow().state() == MessageState.DELIVERED
                && alice.message(second.key()).orElseThrow().state() == MessageState.DELIVERED, "delivered to bob");
    }
}
