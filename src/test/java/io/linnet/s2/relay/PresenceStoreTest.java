package io.linnet.s2.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.address.Address;
import io.linnet.s2.S2Fixtures;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.presence.PresenceValidator;
import io.linnet.s2.wire.NetworkProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merge, KeepAlive, expiry and query rules of the relay's presence list (fake signatures). */
class PresenceStoreTest {
    private static final String LOCK = NetworkProfile.local().checksumLock();
    private static final long T = 1_760_000_000L;
    private final PresenceValidator validator = new PresenceValidator(NetworkProfile.local(), S2Fixtures.FAKE_VERIFIER);
    private final byte[] key = S2Fixtures.fakePublicKey("alice");
    private final Address alice = S2Fixtures.addressOf(key);
    private final byte[] dev = {1};

    private PresenceAddress entry(byte[] device, String host, NodeType type, long lastSeen) {
        return S2Fixtures.signedEntry(key, LOCK, device, host, type, lastSeen);
    }

    private KeepAlive ka(long t, String host) {
        KeepAlive unsigned = new KeepAlive(alice, dev, t, host, NodeType.CLIENT, null, null);
        return unsigned.withSignature(S2Fixtures.fakeSign(key, unsigned.checksum(LOCK)));
    }

    @Test
    void knownDeviceIsReplacedOnlyWhenMuchNewerOrMovedAndUnknownDevicesAreAdded() {
        PresenceStore store = new PresenceStore(10, 10);
        assertTrue(store.merge(S2Fixtures.presence(key, List.of(entry(dev, "1.2.3.4:1", NodeType.CLIENT, T)))));
        assertFalse(store.merge(S2Fixtures.presence(key, List.of(entry(dev, "1.2.3.4:1", NodeType.CLIENT, T + 50)))),
                "50 s newer is not more than half the client interval");
        assertTrue(store.merge(S2Fixtures.presence(key, List.of(entry(dev, "1.2.3.4:1", NodeType.CLIENT, T + 51)))));
        assertFalse(store.merge(S2Fixtures.presence(key, List.of(entry(dev, "5.6.7.8:1", NodeType.CLIENT, T + 52)))),
                "moved but only 1 s newer");
        assertTrue(store.merge(S2Fixtures.presence(key, List.of(entry(dev, "5.6.7.8:1", NodeType.CLIENT, T + 53)))));
        assertTrue(store.merge(S2Fixtures.presence(key, List.of(entry(new byte[] {2}, "5.6.7.8:1", NodeType.CLIENT, T)))));
        Presence p = store.get(alice).orElseThrow();
        assertEquals(2, p.addresses().size());
        assertEquals("5.6.7.8:1", p.addresses().getFirst().hostName());
    }

    @Test
    void keepAliveOutcomes() {
        PresenceStore store = new PresenceStore(10, 10);
        assertEquals(PresenceStore.KeepAliveOutcome.UNKNOWN, store.applyKeepAlive(ka(T, "1.2.3.4:1"), T, validator));
        store.merge(S2Fixtures.presence(key, List.of(entry(dev, "1.2.3.4:1", NodeType.CLIENT, T))));
        assertEquals(PresenceStore.KeepAliveOutcome.STALE, store.applyKeepAlive(ka(T, "1.2.3.4:1"), T, validator));
        KeepAlive forged = ka(T + 10, "1.2.3.4:1").withSignature(new byte[] {1, 2, 3});
        assertEquals(PresenceStore.KeepAliveOutcome.INVALID, store.applyKeepAlive(forged, T + 10, validator));
        assertEquals(PresenceStore.KeepAliveOutcome.INVALID, store.applyKeepAlive(ka(T + 400, "1.2.3.4:1"), T + 10, validator),
                "too far in the future");
        assertEquals(PresenceStore.KeepAliveOutcome.ACCEPTED, store.applyKeepAlive(ka(T + 10, "9.9.9.9:2"), T + 10, validator));
        assertEquals(T + 10, store.keepAlive(alice, dev).orElseThrow().timestamp());
        assertEquals("9.9.9.9:2", store.get(alice).orElseThrow().addresses().getFirst().hostName());
    }

    @Test
    void entriesExpireAfterThreeHundredSecondsAndEmptyWalletsGo() {
        PresenceStore store = new PresenceStore(10, 10);
        store.merge(S2Fixtures.presence(key, List.of(entry(dev, "1.2.3.4:1", NodeType.CLIENT, T),
                entry(new byte[] {2}, "1.2.3.4:1", NodeType.CLIENT, T + 100))));
        assertEquals(0, store.expire(T + 300));
        assertEquals(1, store.expire(T + 301));
        assertEquals(1, store.get(alice).orElseThrow().addresses().size());
        assertEquals(1, store.expire(T + 401));
        assertTrue(store.get(alice).isEmpty());
        assertEquals(0, store.size());
    }

    @Test
    void recentListsTheNewestOfATypeAndRelaysAreTracked() {
        PresenceStore store = new PresenceStore(10, 10);
        byte[] k2 = S2Fixtures.fakePublicKey("relay2");
        byte[] k3 = S2Fixtures.fakePublicKey("relay3");
        store.merge(S2Fixtures.presence(k2, List.of(S2Fixtures.signedEntry(k2, LOCK, dev, "1.1.1.1:1", NodeType.RELAY, T))));
        store.merge(S2Fixtures.presence(k3, List.of(S2Fixtures.signedEntry(k3, LOCK, dev, "1.1.1.2:1", NodeType.RELAY, T + 5))));
        store.merge(S2Fixtures.presence(key, List.of(entry(dev, "1.2.3.4:1", NodeType.CLIENT, T + 9))));
        assertEquals(List.of(S2Fixtures.addressOf(k3), S2Fixtures.addressOf(k2)),
                store.recent(NodeType.RELAY, 5).stream().map(Presence::wallet).toList());
        assertEquals(List.of(S2Fixtures.addressOf(k3)), store.recent(NodeType.RELAY, 1).stream().map(Presence::wallet).toList());
        assertEquals(2, store.relays().size());
    }

    @Test
    void capsOnWalletsAndDevicesHold() {
        PresenceStore store = new PresenceStore(1, 2);
        store.merge(S2Fixtures.presence(key, List.of(entry(new byte[] {1}, "1.2.3.4:1", NodeType.CLIENT, T),
                entry(new byte[] {2}, "1.2.3.4:1", NodeType.CLIENT, T), entry(new byte[] {3}, "1.2.3.4:1", NodeType.CLIENT, T))));
        assertEquals(2, store.get(alice).orElseThrow().addresses().size());
        byte[] other = S2Fixtures.fakePublicKey("bob");
        assertFalse(store.merge(S2Fixtures.presence(other,
                List.of(S2Fixtures.signedEntry(other, LOCK, dev, "1.2.3.4:1", NodeType.CLIENT, T)))));
        assertEquals(1, store.size());
    }
}
