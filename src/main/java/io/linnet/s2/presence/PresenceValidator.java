package io.linnet.s2.presence;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.wire.NetworkProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The receiver-side checks for presences and KeepAlives, against the receiver's network time.
 *
 * <p>A presence is refused as a whole if its public key is not 32..2500 bytes or (Linnet's stricter
 * rule, which Ixian-Core lacks) its wallet is not the address of that key. Otherwise each device entry
 * is kept only if: its type is not 'W'; device id at most 64 bytes; node version at most 20 characters;
 * {@code now − lastSeen} within {@code [−30, 300]} seconds; masters and history nodes carry a PoW (its
 * content is not judged, as clients and relays do not); the host name passes {@link HostNames}; and the
 * KeepAlive rebuilt from the entry is signed by the presence's own key under the profile's lock. The
 * presence is accepted with the surviving entries if at least one survives.
 */
public final class PresenceValidator {
    /** How long after {@code lastSeen} an entry or KeepAlive is still valid. */
    public static final long EXPIRY_SECONDS = 300;
    /** How far ahead of the receiver's clock a timestamp may be. */
    public static final long FUTURE_TOLERANCE_SECONDS = 30;
    public static final int MIN_PUBLIC_KEY = 32;
    public static final int MAX_PUBLIC_KEY = 2500;
    public static final int MAX_DEVICE_ID = 64;
    public static final int MAX_NODE_VERSION_CHARS = 20;

    /** Why a presence, an entry or a KeepAlive was refused. */
    public enum Problem {
        PUBLIC_KEY_SIZE, WALLET_NOT_FROM_KEY, WORKER_TYPE, DEVICE_ID_TOO_LONG, NODE_VERSION_TOO_LONG, EXPIRED,
        FROM_THE_FUTURE, MISSING_POW, BAD_HOST_NAME, BAD_SIGNATURE
    }

    /** A refusal; {@code entry} is the device index, or -1 for the presence as a whole. */
    public record Rejection(int entry, Problem problem) {}

    /** The accepted presence (only its valid entries), if any, and every refusal. */
    public record Result(Optional<Presence> accepted, List<Rejection> rejections) {
        public Result {
            Objects.requireNonNull(accepted, "accepted");
            rejections = List.copyOf(rejections);
        }
    }

    private final NetworkProfile profile;
    private final SignatureVerifier verifier;

    public PresenceValidator(NetworkProfile profile, SignatureVerifier verifier) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** Checks a received presence at network time {@code now} (unix seconds). */
    public Result validate(Presence presence, long now) {
        byte[] key = presence.publicKey();
        if (key.length < MIN_PUBLIC_KEY || key.length > MAX_PUBLIC_KEY) {
            return new Result(Optional.empty(), List.of(new Rejection(-1, Problem.PUBLIC_KEY_SIZE)));
        }
        if (!walletMatchesKey(presence.wallet(), key)) {
            return new Result(Optional.empty(), List.of(new Rejection(-1, Problem.WALLET_NOT_FROM_KEY)));
        }
        List<PresenceAddress> kept = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<PresenceAddress> entries = presence.addresses();
        for (int i = 0; i < entries.size(); i++) {
            Optional<Problem> p = checkEntry(presence.wallet(), key, entries.get(i), now);
            if (p.isPresent()) {
                rejections.add(new Rejection(i, p.get()));
            } else {
                kept.add(entries.get(i));
            }
        }
        Optional<Presence> accepted = kept.isEmpty() ? Optional.empty() : Optional.of(presence.withAddresses(kept));
        return new Result(accepted, rejections);
    }

    /** Checks one device entry of {@code wallet}'s presence. */
    public Optional<Problem> checkEntry(Address wallet, byte[] publicKey, PresenceAddress entry, long now) {
        if (entry.deviceIdLength() > MAX_DEVICE_ID) {
            return Optional.of(Problem.DEVICE_ID_TOO_LONG);
        }
        if (entry.nodeVersion().length() > MAX_NODE_VERSION_CHARS) {
            return Optional.of(Problem.NODE_VERSION_TOO_LONG);
        }
        return checkKeepAlive(entry.toKeepAlive(wallet), publicKey, now);
    }

    /**
     * Checks a KeepAlive against the public key the receiver holds for its wallet. Whether the wallet and
     * device are known, and whether the timestamp is newer than the stored one, is up to the caller.
     */
    public Optional<Problem> checkKeepAlive(KeepAlive ka, byte[] publicKey, long now) {
        if (ka.nodeType() == NodeType.WORKER) {
            return Optional.of(Problem.WORKER_TYPE);
        }
        byte[] device = ka.deviceId();
        if (device != null && device.length > MAX_DEVICE_ID) {
            return Optional.of(Problem.DEVICE_ID_TOO_LONG);
        }
        long age = now - ka.timestamp();
        if (age > EXPIRY_SECONDS) {
            return Optional.of(Problem.EXPIRED);
        }
        if (age < -FUTURE_TOLERANCE_SECONDS) {
            return Optional.of(Problem.FROM_THE_FUTURE);
        }
        if ((ka.nodeType() == NodeType.MASTER || ka.nodeType() == NodeType.HISTORY) && ka.powSolution() == null) {
            return Optional.of(Problem.MISSING_POW);
        }
        if (!HostNames.acceptable(ka.hostName(), profile)) {
            return Optional.of(Problem.BAD_HOST_NAME);
        }
        byte[] sig = ka.signature();
        if (sig == null || !verifier.verify(publicKey, ka.checksum(profile.checksumLock()), sig)) {
            return Optional.of(Problem.BAD_SIGNATURE);
        }
        return Optional.empty();
    }

    private static boolean walletMatchesKey(Address wallet, byte[] key) {
        try {
            return Address.fromPublicKey(key).equals(wallet);
        } catch (ProtocolException e) {
            return false;
        }
    }
}
