package io.linnet.s2.relay;

import static io.linnet.s2.net.NetTesting.WAIT;
import static io.linnet.s2.net.NetTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.GetSectorNodes;
import io.linnet.s2.message.SectorNodes;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.net.NetTesting;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceValidator;
import io.linnet.s2.sector.RelayIndex;
import io.linnet.s2.wire.MessageCode;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Three relays on one roster: links, shared sector answers, cross-relay lookups, a restart. */
class RelayRosterTest {
    private static final List<RsaPrivateKey> RELAY_KEYS = new ArrayList<>();
    private static RsaPrivateKey aliceKey;
    private static RsaPrivateKey bobKey;

    private final RelayNode[] relays = new RelayNode[3];
    private final RelayConfig[] configs = new RelayConfig[3];
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void keys() {
        for (int i = 0; i < 3; i++) {
            RELAY_KEYS.add(NetTesting.key());
        }
        aliceKey = NetTesting.key();
        bobKey = NetTesting.key();
    }

    @BeforeEach
    void startRelays() throws Exception {
        int[] ports = {RelayTesting.freePort(), RelayTesting.freePort(), RelayTesting.freePort()};
        // relays 0 and 1 are pinned to their addresses, relay 2 is known by host:port only
        List<String> lines = List.of("# test roster",
                "127.0.0.1:" + ports[0] + " " + NetTesting.relay(RELAY_KEYS.get(0)).address(),
                "127.0.0.1:" + ports[1] + "   " + NetTesting.relay(RELAY_KEYS.get(1)).address() + "  # pinned",
                "", "127.0.0.1:" + ports[2]);
        Roster roster = Roster.parse(lines, "test");
        for (int i = 0; i < 3; i++) {
            configs[i] = RelayTesting.config(RELAY_KEYS.get(i), ports[i]).withRoster(roster);
            relays[i] = RelayTesting.start(configs[i]);
        }
        for (RelayNode r : relays) {
            waitFor("relay " + r.port() + " knows all three", () -> r.relayIndex().size() == 3 && r.stats().links() == 2,
                    WAIT);
        }
    }

    @AfterEach
    void stopRelays() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        for (RelayNode r : relays) {
            r.stop();
        }
    }

    private List<Address> relayAddresses() {
        return RELAY_KEYS.stream().map(k -> NetTesting.relay(k).address()).toList();
    }

    private TestClient client(int relay, RsaPrivateKey key) throws Exception {
        TestClient c = TestClient.connect(relays[relay].port(), key);
        open.add(c);
        return c;
    }

    @Test
    void everyRelayAnswersEverySectorLikeTheRelayIndexWithValidRelayPresences() throws Exception {
        RelayIndex expected = RelayIndex.of(relayAddresses());
        PresenceValidator validator = new PresenceValidator(configs[0].profile(), SignatureVerifier.rsa());
        SplittableRandom rnd = new SplittableRandom(3);
        for (int r = 0; r < 3; r++) {
            TestClient c = client(r, aliceKey);
            for (int q = 0; q < 6; q++) {
                byte[] prefix = new byte[10];
                rnd.nextBytes(prefix);
                int k = 2 + q % 3;
                c.send(new GetSectorNodes(prefix, k));
                SectorNodes answer = (SectorNodes) c.peer.awaitMessage(MessageCode.SECTOR_NODES, WAIT);
                List<Address> got = answer.presences().stream().map(Presence::wallet).toList();
                assertEquals(expected.sectorNodes(prefix, k), got, "relay " + r + " prefix " + q + " k " + k);
                long now = InstantSource.system().instant().getEpochSecond();
                for (Presence p : answer.presences()) {
                    assertTrue(validator.validate(p, now).accepted().isPresent(), "signed relay presence " + p);
                }
            }
        }
    }

    @Test
    void clientsOnDifferentRelaysFindEachOtherAndDeliverThroughTheRecipientsRelay() throws Exception {
        // alice lives on relay 0 and announces that at every relay of her sector (all three here)
        TestClient alice = client(0, aliceKey);
        Presence alicePresence = alice.presence(relays[0].publicHost());
        alice.send(new UpdatePresence(alicePresence));
        for (int r = 1; r < 3; r++) {
            try (TestClient announcer = TestClient.connect(relays[r].port(), aliceKey)) {
                announcer.send(new UpdatePresence(alicePresence));
                announcer.send(new GetPresence2(alice.address()));
                announcer.peer.awaitMessage(MessageCode.UPDATE_PRESENCE, WAIT);
            }
        }
        // bob, on relay 2, looks alice up there: sector first, then her presence at a sector relay
        TestClient bob = client(2, bobKey);
        bob.send(GetSectorNodes.forAddress(alice.address(), 6));
        SectorNodes sector = (SectorNodes) bob.peer.awaitMessage(MessageCode.SECTOR_NODES, WAIT);
        assertEquals(3, sector.presences().size());
        bob.send(new GetPresence2(alice.address()));
        UpdatePresence found = (UpdatePresence) bob.peer.awaitMessage(MessageCode.UPDATE_PRESENCE, WAIT);
        String aliceRelay = found.presence().addresses().getFirst().hostName();
        assertEquals(relays[0].publicHost(), aliceRelay);
        // bob dials alice's relay and sends; relay 0 forwards to alice
        int port = Integer.parseInt(aliceRelay.substring(aliceRelay.indexOf(':') + 1));
        TestClient bobAtAlicesRelay = TestClient.connect(port, bobKey);
        open.add(bobAtAlicesRelay);
        bobAtAlicesRelay.sendTo(alice.address(), "found you");
        assertEquals("found you", new String(alice.awaitData(WAIT).message().data().toByteArray()));
        // at bob's own relay alice is not directly connected: the relay says so
        bob.sendTo(alice.address(), "wrong relay");
        assertTrue(io.linnet.s2.message.RelayError.of(bob.awaitData(WAIT)).isPresent());
    }

    @Test
    void aStoppedRelayComesBackOnItsPortAndLinksAndClientsReconnect() throws Exception {
        TestClient alice = client(1, aliceKey);
        TestClient bob = client(1, bobKey);
        bob.sendTo(alice.address(), "before");
        assertEquals("before", new String(alice.awaitData(WAIT).message().data().toByteArray()));

        relays[1].stop();
        assertTrue(alice.peer.awaitEof(WAIT) && bob.peer.awaitEof(WAIT));
        waitFor("peers notice", () -> relays[0].stats().links() == 1 && relays[2].stats().links() == 1, WAIT);

        relays[1] = RelayTesting.start(configs[1]);
        waitFor("relinked", () -> relays[1].stats().links() == 2 && relays[0].stats().links() == 2
                && relays[2].stats().links() == 2 && relays[1].relayIndex().size() == 3, Duration.ofSeconds(10));

        TestClient alice2 = client(1, aliceKey);
        TestClient bob2 = client(1, bobKey);
        bob2.sendTo(alice2.address(), "after");
        assertEquals("after", new String(alice2.awaitData(WAIT).message().data().toByteArray()));
        bob2.send(GetSectorNodes.forAddress(alice2.address(), 6));
        SectorNodes sector = (SectorNodes) bob2.peer.awaitMessage(MessageCode.SECTOR_NODES, WAIT);
        assertEquals(RelayIndex.of(relayAddresses()).sectorOf(alice2.address(), 6),
                sector.presences().stream().map(Presence::wallet).toList());
    }

    @Test
    void rosterPinnedAddressIsEnforcedAndForeignRelayPresencesAreIgnored() throws Exception {
        // a client claiming to be a relay at relay 0's host:port is not taken into the index
        TestClient mallory = client(2, bobKey);
        Presence fake = new Presence(mallory.address(), mallory.id.publicKeyBytes(), null, List.of(
                new io.linnet.s2.presence.PresenceAddress(new byte[] {1}, relays[0].publicHost(),
                        io.linnet.s2.presence.NodeType.RELAY, "x", InstantSource.system().instant().getEpochSecond(),
                        null, null).sign(mallory.address(), mallory.id.key(), configs[0].profile().checksumLock())));
        long before = relays[2].stats().rejected();
        mallory.send(new UpdatePresence(fake));
        waitFor("rejected", () -> relays[2].stats().rejected() > before, WAIT);
        assertEquals(3, relays[2].relayIndex().size());
        assertTrue(relays[2].relayIndex().containsAll(relayAddresses()));
        assertEquals(Optional.empty(), relays[2].relayIndex().stream().filter(mallory.address()::equals).findAny());
    }
}
