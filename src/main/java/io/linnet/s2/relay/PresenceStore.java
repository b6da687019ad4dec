package io.linnet.s2.relay;

import io.linnet.ixian.address.Address;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.presence.PresenceValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relay's presence list: per wallet its public key and one entry per device, merged and refreshed
 * by the rules of the spec (§3.5) and dropped {@value PresenceValidator#EXPIRY_SECONDS} s after the
 * entry was last seen. Callers validate presences before merging; KeepAlives are checked here against
 * the stored key. Bounded: at most {@code maxWallets} wallets and {@code maxDevices} devices per wallet.
 * Thread-safe (one lock).
 */
final class PresenceStore {

    /** What happened to a KeepAlive. */
    enum KeepAliveOutcome { ACCEPTED, UNKNOWN, STALE, INVALID }

    private record Stored(byte[] publicKey, LinkedHashMap<String, PresenceAddress> devices) {}

    private final Map<Address, Stored> wallets = new HashMap<>();
    private final int maxWallets;
    private final int maxDevices;

    PresenceStore(int maxWallets, int maxDevices) {
        this.maxWallets = maxWallets;
        this.maxDevices = maxDevices;
    }

    private static String key(byte[] device) {
        return device == null ? "" : HexFormat.of().formatHex(device);
    }

    /** Merges an already validated presence; true if anything was stored or replaced. */
    synchronized boolean merge(Presence p) {
        Stored s = wallets.get(p.wallet());
        if (s == null) {
            if (wallets.size() >= maxWallets) {
                return false;
            }
            s = new Stored(p.publicKey(), new LinkedHashMap<>());
            wallets.put(p.wallet(), s);
        } else if (!Arrays.equals(s.publicKey, p.publicKey())) {
            return false;
        }
        boolean changed = false;
        for (PresenceAddress e : p.addresses()) {
            String k = key(e.deviceId());
            PresenceAddress old = s.devices.get(k);
            if (old == null ? s.devices.size() < maxDevices : replaces(old, e)) {
                s.devices.put(k, e);
                changed = true;
            }
        }
        return changed;
    }

    /** Puts this relay's own presence in place, replacing whatever was stored for it. */
    synchronized void putOwn(Presence own) {
        LinkedHashMap<String, PresenceAddress> devices = new LinkedHashMap<>();
        own.addresses().forEach(e -> devices.put(key(e.deviceId()), e));
        wallets.put(own.wallet(), new Stored(own.publicKey(), devices));
    }

    /**
     * An entry of a known device is replaced when the stored one is unsigned, older by more than half
     * its type's KeepAlive interval, or announced another host and is at least 2 s older.
     */
    private static boolean replaces(PresenceAddress old, PresenceAddress fresh) {
        long half = old.type() == NodeType.RELAY ? 100 : 50;
        long age = fresh.lastSeen() - old.lastSeen();
        return old.signature() == null || age > half || (!old.hostName().equals(fresh.hostName()) && age >= 2);
    }

    /**
     * Applies a KeepAlive of a known wallet and device: newer than the stored entry and valid under the
     * stored key (checked by {@code validator} at network time {@code now}).
     */
    synchronized KeepAliveOutcome applyKeepAlive(KeepAlive ka, long now, PresenceValidator validator) {
        Stored s = wallets.get(ka.wallet());
        PresenceAddress old = s == null ? null : s.devices.get(key(ka.deviceId()));
        if (old == null) {
            return KeepAliveOutcome.UNKNOWN;
        }
        if (ka.timestamp() <= old.lastSeen()) {
            return KeepAliveOutcome.STALE;
        }
        if (validator.checkKeepAlive(ka, s.publicKey, now).isPresent()) {
            return KeepAliveOutcome.INVALID;
        }
        s.devices.put(key(ka.deviceId()), PresenceAddress.fromKeepAlive(ka, old.nodeVersion()));
        return KeepAliveOutcome.ACCEPTED;
    }

    synchronized Optional<Presence> get(Address wallet) {
        Stored s = wallets.get(wallet.withoutPublicKey());
        return s == null ? Optional.empty() : Optional.of(presence(wallet.withoutPublicKey(), s));
    }

    private static Presence presence(Address wallet, Stored s) {
        return new Presence(wallet, s.publicKey, null, List.copyOf(s.devices.values()));
    }

    /** The stored entry of one device as the KeepAlive it came from. */
    synchronized Optional<KeepAlive> keepAlive(Address wallet, byte[] device) {
        Stored s = wallets.get(wallet.withoutPublicKey());
        PresenceAddress e = s == null ? null : s.devices.get(key(device));
        return e == null ? Optional.empty() : Optional.of(e.toKeepAlive(wallet));
    }

    /** Up to {@code n} presences having an entry of {@code type}, most recently seen first. */
    synchronized List<Presence> recent(NodeType type, int n) {
        List<Map.Entry<Address, Stored>> hits = new ArrayList<>();
        for (Map.Entry<Address, Stored> w : wallets.entrySet()) {
            if (lastSeen(w.getValue(), type) > Long.MIN_VALUE) {
                hits.add(w);
            }
        }
        hits.sort(Comparator.comparingLong((Map.Entry<Address, Stored> w) -> lastSeen(w.getValue(), type)).reversed());
        return hits.stream().limit(n).map(w -> presence(w.getKey(), w.getValue())).toList();
    }

    private static long lastSeen(Stored s, NodeType type) {
        return s.devices.values().stream().filter(e -> e.type() == type).mapToLong(PresenceAddress::lastSeen).max()
                .orElse(Long.MIN_VALUE);
    }

    /** Wallets that have at least one relay ('R') entry. */
    synchronized List<Address> relays() {
        return wallets.entrySet().stream().filter(w -> lastSeen(w.getValue(), NodeType.RELAY) > Long.MIN_VALUE)
                .map(Map.Entry::getKey).toList();
    }

    /** Drops entries last seen more than the expiry ago, and wallets left without entries; returns entries dropped. */
    synchronized int expire(long now) {
        int dropped = 0;
        var it = wallets.values().iterator();
        while (it.hasNext()) {
            Stored s = it.next();
            int before = s.devices.size();
            s.devices.values().removeIf(e -> now - e.lastSeen() > PresenceValidator.EXPIRY_SECONDS);
            dropped += before - s.devices.size();
            if (s.devices.isEmpty()) {
                it.remove();
            }
        }
        return dropped;
    }

    synchronized int size() {
        return wallets.size();
    }
}
