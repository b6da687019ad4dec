package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real clients against real relays on loopback. */
class S2ClientLoopbackTest {
    static final ClientIdentity ALICE = TestRelays.client(1);
    static final ClientIdentity BOB = TestRelays.client(2);
    static final ClientIdentity NOBODY = TestRelays.client(3);
    static final Duration WAIT = Duration.ofSeconds(15);

    LocalNet net;

    @AfterEach
    void stop() {
        if (net != null) {
            net.close();
        }
        assertEquals(List.of(), LocalNet.LoopbackOnly.VIOLATIONS);
    }

    static StreamMessage message(ClientIdentity from, ClientIdentity to, String text) {
        return StreamMessage.builder(1, java.time.InstantSource.system()).type(StreamMessageCode.DATA)
                .encryptionType(EncryptionCode.NONE).sender(from.address()).recipient(to.address())
                .data(Bytes.utf8(text)).build();
    }

    static DeliveryResult await(CompletionStage<DeliveryResult> s) throws Exception {
        return s.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    static String text(RecordingListener.Received r) {
        return new String(r.message().data().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static void online(S2Client c) {
        Await.until(WAIT, () -> c.state().primaryRelay().isPresent(), () -> "a primary relay for " + c.state());
    }

    @Test
    void twoClientsOnOneRelayExchangeMessagesBothWays() throws Exception {
        net = LocalNet.start(1);
        S2Client alice = net.client(ALICE, List.of(net.seed(0)), 3);
        S2Client bob = net.client(BOB, List.of(net.seed(0)), 3);
        RecordingListener atAlice = new RecordingListener();
        RecordingListener atBob = new RecordingListener();
        alice.addListener(atAlice);
        bob.addListener(atBob);
        online(alice);
        online(bob);
        assertEquals(net.hostPort(0), alice.state().primaryRelay().orElseThrow());
        assertEquals(List.of(net.hostPort(0)), alice.state().connectedRelays());

        assertEquals(DeliveryResult.accepted(net.hostPort(0)), await(alice.send(message(ALICE, BOB, "hi bob"))));
        Await.until(WAIT, () -> atBob.messages.size() == 1, "bob's message");
        assertEquals("hi bob", text(atBob.messages.getFirst()));
        assertEquals(net.hostPort(0), atBob.messages.getFirst().relay());

        assertEquals(DeliveryResult.Outcome.ACCEPTED, await(bob.send(message(BOB, ALICE, "hi alice"))).outcome());
        Await.until(WAIT, () -> atAlice.messages.size() == 1, "alice's message");
        assertEquals("hi alice", text(atAlice.messages.getFirst()));
        assertTrue(atAlice.callbackThreads.stream().allMatch(n -> n.startsWith("s2client-events-")));
    }

    @Test
    void anUnknownAddressIsUnreachableByTheRelaysOwnError() throws Exception {
        net = LocalNet.start(1);
        S2Client alice = net.client(ALICE, List.of(net.seed(0)), 3);
        RecordingListener atAlice = new RecordingListener();
        alice.addListener(atAlice);
        online(alice);
        StreamMessage m = message(ALICE, NOBODY, "anyone there?");
        assertEquals(DeliveryResult.unreachable(net.hostPort(0)), await(alice.send(m)));
        Await.until(WAIT, () -> atAlice.errors.size() == 1, "the relay error at the listener");
        RecordingListener.ErrorSeen e = atAlice.errors.getFirst();
        assertEquals(NOBODY.address(), e.error().unreachable().orElseThrow());
        assertTrue(java.util.Arrays.equals(m.id().toByteArray(), e.error().failedMessageId()));
        assertEquals(net.hostPort(0), e.relay());
    }

    @Test
    void aRecipientOnAnotherRelayIsFoundThroughItsSectorAndPresence() throws Exception {
        net = LocalNet.start(3);
        // bob starts at relay 2, which stays his primary; he also joins the other relays of his sector
        S2Client bob = net.client(BOB, List.of(net.seed(2)), 3);
        RecordingListener atBob = new RecordingListener();
        bob.addListener(atBob);
        Await.until(WAIT, () -> bob.state().connectedRelays().size() == 3, () -> "bob on all relays: " + bob.state());
        assertEquals(net.hostPort(2), bob.state().primaryRelay().orElseThrow());
        // alice keeps a single relay (relay 0) and must find bob's relay by lookup
        S2Client alice = net.client(ALICE, List.of(net.seed(0)), 1);
        online(alice);
        assertEquals(List.of(net.hostPort(0)), alice.state().connectedRelays());

        DeliveryResult r = await(alice.send(message(ALICE, BOB, "found you")));
        assertEquals(DeliveryResult.accepted(net.hostPort(2)), r);
        Await.until(WAIT, () -> atBob.messages.size() == 1, "bob's message");
        assertEquals(net.hostPort(2), atBob.messages.getFirst().relay(), "delivered by bob's primary relay");
        assertTrue(alice.state().connectedRelays().contains(net.hostPort(2)), "alice opened a route connection");
    }

    @Test
    void closeLeavesNoThreadBehind() throws Exception {
        net = LocalNet.start(1);
        S2Client alice = net.client(ALICE, List.of(net.seed(0)), 3);
        S2Client bob = net.client(BOB, List.of(net.seed(0)), 3);
        online(alice);
        online(bob);
        await(alice.send(message(ALICE, BOB, "x")));
        CompletionStage<DeliveryResult> pending = alice.send(message(ALICE, NOBODY, "y"));
        alice.close();
        bob.close();
        assertEquals(DeliveryResult.Outcome.FAILED, await(pending).outcome(), "a send cut short by close()");
        assertEquals(List.of(), Await.threads("s2client-"), "client threads end inside close()");
        assertTrue(alice.state().connectedRelays().isEmpty());
        net.close();
        net = null;
        Await.noThreadsLeft(WAIT, "s2client-", "s2-conn-", "relay-");
    }
}
