package io.linnet.s2.relay;

import static io.linnet.s2.net.NetTesting.WAIT;
import static io.linnet.s2.net.NetTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.message.GetKeepAlives;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.GetRandomPresences;
import io.linnet.s2.message.GetSectorNodes;
import io.linnet.s2.message.KeepAliveRef;
import io.linnet.s2.message.KeepAlivePresence;
import io.linnet.s2.message.KeepAlivesChunk;
import io.linnet.s2.message.RelayError;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.message.SectorNodes;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.net.NetTesting;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.wire.MessageCode;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One relay and scripted clients: handshake, presence, forwarding, errors. */
class RelayNodeTest extends RelayTestCase {

    @BeforeEach
    void startRelay() throws Exception {
        relay = RelayTesting.start(RelayTesting.config(relayKey, 0));
    }

    @Test
    void handshakeAnswersWithTheRelaysSignedIdentityAndAStandInBlock() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey)) {
            assertEquals(relay.address(), alice.helloData.fields().address());
            assertEquals(NodeType.RELAY, alice.helloData.fields().nodeType());
            assertTrue(alice.helloData.lastBlockNum() > 1_000_000, "about one block per 30 s since 2025");
            assertEquals(13, alice.helloData.lastBlockVersion());
            assertEquals(64, alice.helloData.lastBlockChecksum().length);
            assertEquals("127.0.0.1:0", alice.helloData.peerAddress());
            waitFor("one session", () -> relay.stats().sessions() == 1, WAIT);
        }
        waitFor("session gone", () -> relay.stats().sessions() == 0 && relay.stats().connections() == 0, WAIT);
    }

    @Test
    void presencePublishedByOneClientIsServedToAnotherAndUnknownWalletsGetNoAnswer() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey);
                TestClient bob = TestClient.connect(relay.port(), bobKey)) {
            alice.publish(relay.publicHost());
            waitFor("stored", () -> relay.stats().presences() == 2, WAIT);
            bob.send(new GetPresence2(NetTesting.client(carolKey).address()));
            bob.send(new GetPresence2(alice.address()));
            UpdatePresence up = (UpdatePresence) bob.peer.awaitMessage(MessageCode.UPDATE_PRESENCE, WAIT);
            assertEquals(alice.address(), up.presence().wallet(), "the unknown wallet got no answer before it");
            assertEquals(relay.publicHost(), up.presence().addresses().getFirst().hostName());
            assertArrayEquals(TestClient.DEVICE, up.presence().addresses().getFirst().deviceId());
        }
    }

    @Test
    void keepAliveOfAnUnknownWalletIsAnsweredWithGetPresence2ThenAcceptedOnceKnown() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey)) {
            long now = InstantSource.system().instant().getEpochSecond();
            alice.send(new KeepAlivePresence(alice.keepAlive(relay.publicHost(), now)));
            GetPresence2 ask = (GetPresence2) alice.peer.awaitMessage(MessageCode.GET_PRESENCE2, WAIT);
            assertEquals(alice.address(), ask.address());
            Presence p = alice.presence(relay.publicHost());
            alice.send(new UpdatePresence(p));
            long later = p.addresses().getFirst().lastSeen() + 5;
            alice.send(new KeepAlivePresence(alice.keepAlive(relay.publicHost(), later)));
            alice.send(new GetKeepAlives(List.of(new KeepAliveRef(alice.address(), TestClient.DEVICE))));
            KeepAlivesChunk chunk = (KeepAlivesChunk) alice.peer.awaitMessage(MessageCode.KEEP_ALIVES_CHUNK, WAIT);
            KeepAlive back = chunk.keepAlives().getFirst();
            assertEquals(later, back.timestamp(), "the newer KeepAlive replaced the entry");
        }
    }

    @Test
    void clientMayNotPublishAnotherWalletsPresence() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey);
                TestClient bob = TestClient.connect(relay.port(), bobKey)) {
            long before = relay.stats().rejected();
            bob.send(new UpdatePresence(alice.presence(relay.publicHost())));
            waitFor("rejected", () -> relay.stats().rejected() == before + 1, WAIT);
            assertEquals(1, relay.stats().presences(), "only the relay's own");
        }
    }

    @Test
    void s2dataIsForwardedUnchangedToTheDirectlyConnectedRecipient() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey);
                TestClient bob = TestClient.connect(relay.port(), bobKey)) {
            waitFor("two sessions", () -> relay.stats().sessions() == 2, WAIT);
            S2Data sent = TestClient.message(alice.address(), bob.address(), "hello bob");
            alice.send(sent);
            assertEquals(sent, bob.awaitData(WAIT));
            bob.sendTo(alice.address(), "hi alice");
            assertEquals("hi alice", new String(alice.awaitData(WAIT).message().data().toByteArray()));
            waitFor("two forwarded", () -> relay.stats().forwarded() == 2, WAIT);
        }
    }

    @Test
    void absentRecipientGetsTheV0ErrorBack() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey)) {
            var carol = NetTesting.client(carolKey).address();
            S2Data sent = TestClient.message(alice.address(), carol, "anyone?");
            alice.send(sent);
            S2Data reply = alice.awaitData(WAIT);
            assertEquals(0, reply.header().version(), "relay errors are v0 messages");
            RelayError err = RelayError.of(reply).orElseThrow();
            assertArrayEquals(sent.header().id(), err.failedMessageId());
            assertEquals(carol, err.unreachable().orElseThrow());
            assertEquals(alice.address(), err.recipient().orElseThrow());
            waitFor("error counted", () -> relay.stats().errorsReplied() == 1, WAIT);
        }
    }

    @Test
    void spoofedSenderIsCutOffAndNothingIsForwarded() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey);
                TestClient bob = TestClient.connect(relay.port(), bobKey);
                TestClient carol = TestClient.connect(relay.port(), carolKey)) {
            carol.send(TestClient.message(alice.address(), bob.address(), "I am alice"));
            assertEquals(605, carol.peer.awaitBye(WAIT).reasonCode());
            assertTrue(carol.peer.awaitEof(WAIT));
            alice.sendTo(bob.address(), "really alice");
            assertEquals("really alice", new String(bob.awaitData(WAIT).message().data().toByteArray()),
                    "the spoofed message never arrived; the real one did");
            waitFor("cut off counted", () -> relay.stats().cutOff() == 1, WAIT);
        }
    }

    @Test
    void clientErrorMessagesAreDropped() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey);
                TestClient bob = TestClient.connect(relay.port(), bobKey)) {
            S2Data fakeError = RelayError.replyTo(TestClient.message(bob.address(), alice.address(), "x").header(),
                    InstantSource.system());
            alice.send(fakeError);
            alice.sendTo(bob.address(), "after");
            assertEquals("after", new String(bob.awaitData(WAIT).message().data().toByteArray()));
            waitFor("one forwarded", () -> relay.stats().forwarded() == 1, WAIT);
            assertEquals(1, relay.stats().rejected());
        }
    }

    @Test
    void stopEndsEveryConnectionAndFreesThePort() throws Exception {
        TestClient alice = TestClient.connect(relay.port(), aliceKey);
        TestClient bob = TestClient.connect(relay.port(), bobKey);
        io.linnet.s2.net.RawPeer lurker = io.linnet.s2.net.RawPeer.connect(relay.port());
        waitFor("three connections", () -> relay.stats().connections() == 3, WAIT);
        relay.stop();
        assertTrue(alice.peer.awaitEof(WAIT) && bob.peer.awaitEof(WAIT) && lurker.awaitEof(WAIT));
        assertEquals(0, relay.stats().connections());
        assertEquals(0, relay.stats().sessions());
        try (java.net.ServerSocket again = new java.net.ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress("127.0.0.1", relay.port()));
        }
        alice.close();
        bob.close();
        lurker.close();
    }

    @Test
    void singleRelayAnswersEverySectorWithItselfAndListsItselfAsRelay() throws Exception {
        try (TestClient alice = TestClient.connect(relay.port(), aliceKey)) {
            alice.send(GetSectorNodes.forAddress(alice.address(), 6));
            SectorNodes sn = (SectorNodes) alice.peer.awaitMessage(MessageCode.SECTOR_NODES, WAIT);
            assertArrayEquals(alice.address().sectorPrefix(), sn.prefix());
            assertEquals(List.of(relay.address()), sn.presences().stream().map(Presence::wallet).toList());
            Presence self = sn.presences().getFirst();
            assertEquals(relay.publicHost(), self.addresses().getFirst().hostName());
            assertTrue(new io.linnet.s2.presence.PresenceValidator(relay.config().profile(),
                    io.linnet.s2.SignatureVerifier.rsa()).validate(self, InstantSource.system().instant().getEpochSecond())
                    .accepted().isPresent(), "the relay's presence is properly signed");
            alice.send(new GetRandomPresences(NodeType.RELAY));
            UpdatePresence up = (UpdatePresence) alice.peer.awaitMessage(MessageCode.UPDATE_PRESENCE, WAIT);
            assertEquals(relay.address(), up.presence().wallet());
        }
    }
}
