package io.linnet.app;

import static io.linnet.app.RelayFixture.await;
import static io.linnet.app.RelayFixture.bodies;
import static io.linnet.app.RelayFixture.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Peers that close their profile and reopen it from the same directory, through a real relay: what was
 * sent meanwhile arrives once and in order, and traffic between three contacts survives one of them
 * restarting.
 */
class RelayOfflinePeerTest extends RelayTestBase {
    static boolean allDelivered(Messenger m, Messenger peer) {
        return m.history(peer.address(), 1000).stream().filter(s -> s.direction() == Direction.OUTGOING)
                .allMatch(s -> s.state() == MessageState.DELIVERED
                || s.state() == MessageState.READ);
    }

    static List<String> from(Messenger m, Messenger peer, String prefix) {
        return bodies(m, peer).stream().filter(b -> b.startsWith(prefix)).toList();
    }

    @Test
    void messagesSentWhileThePeerIsClosedArriveInOrderOnceAfterItReopens() throws Exception {
        ProfileRuntime a = start("alice");
        ProfileRuntime b = start("bob");
        Messenger alice = a.messenger();
        RelayFixture.connect(alice, b.messenger());
        var bobAddress = b.messenger().address();
        await(alice.sendText(bobAddress, "before"));
        until(() -> bodies(b.messenger(), alice).equals(List.of("before")), "the first message");
        shut(b);

        List<String> expected = new ArrayList<>(List.of("before"));
        for (int i = 1; i <= 6; i++) {
            expected.add("while closed " + i);
            await(alice.sendText(bobAddress, "while closed " + i));
        }
        ProfileRuntime b2 = start("bob");
        assertEquals(bobAddress, b2.messenger().address());
        until(() -> bodies(b2.messenger(), alice).size() == expected.size(), "the backlog after reopening");
        assertEquals(expected, bodies(b2.messenger(), alice));
        until(() -> allDelivered(alice, b2.messenger()), "all delivered at alice");
        Thread.sleep(500); // a late repeat would show up as a second row
        assertEquals(expected, bodies(b2.messenger(), alice));
    }

    @Test
    void threeContactsKeepTalkingWhileOneRestarts() throws Exception {
        ProfileRuntime a = start("alice");
        ProfileRuntime b = start("bob");
        ProfileRuntime c = start("carol");
        RelayFixture.connectAll(a.messenger(), b.messenger(), c.messenger());
        Messenger alice = a.messenger();
        Messenger bob = b.messenger();
        var carolAddress = c.messenger().address();

        await(alice.sendText(bob.address(), "a→b 1"));
        await(bob.sendText(carolAddress, "b→c 1"));
        await(c.messenger().sendText(alice.address(), "c→a 1"));
        until(() -> bodies(bob, alice).size() == 1 && bodies(c.messenger(), bob).size() == 1
                && bodies(alice, c.messenger()).size() == 1, "the first round");

        shut(c);
        for (int i = 2; i <= 4; i++) {
            await(alice.sendText(carolAddress, "a→c " + i));
            await(bob.sendText(carolAddress, "b→c " + i));
            await(alice.sendText(bob.address(), "a→b " + i));
            await(bob.sendText(alice.address(), "b→a " + i));
        }
        until(() -> bodies(bob, alice).size() == 7 && bodies(alice, bob).size() == 7, "a and b meanwhile");
        ProfileRuntime c2 = start("carol");
        Messenger carol = c2.messenger();
        await(carol.sendText(alice.address(), "c→a 2"));
        until(() -> bodies(carol, alice).size() == 5 && bodies(carol, bob).size() == 4, "carol's backlog");
        // each sender's messages in its order, each once (messages of the two sides may interleave by second)
        assertEquals(List.of("a→c 2", "a→c 3", "a→c 4"), from(carol, alice, "a→c"));
        assertEquals(List.of("c→a 1", "c→a 2"), from(carol, alice, "c→a"));
        assertEquals(List.of("b→c 1", "b→c 2", "b→c 3", "b→c 4"), bodies(carol, bob));
        assertEquals(List.of("a→b 1", "a→b 2", "a→b 3", "a→b 4"), from(bob, alice, "a→b"));
        assertEquals(List.of("b→a 2", "b→a 3", "b→a 4"), from(bob, alice, "b→a"));
        until(() -> allDelivered(alice, carol) && allDelivered(bob, carol) && allDelivered(carol, alice), "all delivered");
        until(() -> bodies(alice, carol).getLast().equals("c→a 2"), "carol's new message at alice");
    }
}
