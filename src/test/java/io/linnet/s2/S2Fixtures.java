package io.linnet.s2;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.Hashes;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Test material for the S2 layer: well-formed (but fake) Ixian v1 public keys with their addresses, and
 * a stand-in signature scheme (SHA-512 of key and data) for validator tests that do not need real RSA.
 */
public final class S2Fixtures {
    private S2Fixtures() {}

    /** A 528-byte Ixian v1 key layout around a modulus derived from {@code tag}. */
    public static byte[] fakePublicKey(String tag) {
        byte[] m = new byte[0];
        for (int i = 0; m.length < 512; i++) {
            byte[] h = Hashes.sha512(("s2-fixture-" + tag + "-" + i).getBytes(StandardCharsets.US_ASCII));
            byte[] n = Arrays.copyOf(m, m.length + h.length);
            System.arraycopy(h, 0, n, m.length, h.length);
            m = n;
        }
        m = Arrays.copyOf(m, 512);
        m[0] |= (byte) 0x80;
        return new IxiWriter().u8(1).int32(0).int32Bytes(m).int32Bytes(new byte[] {1, 0, 1}).toByteArray();
    }

    public static Address addressOf(byte[] publicKey) {
        try {
            return Address.fromPublicKey(publicKey).withoutPublicKey();
        } catch (ProtocolException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stand-in "signature": SHA-512(key ‖ data). */
    public static byte[] fakeSign(byte[] publicKey, byte[] data) {
        byte[] in = Arrays.copyOf(publicKey, publicKey.length + data.length);
        System.arraycopy(data, 0, in, publicKey.length, data.length);
        return Hashes.sha512(in);
    }

    /** Verifies {@link #fakeSign} signatures. */
    public static final SignatureVerifier FAKE_VERIFIER =
            (key, data, sig) -> Arrays.equals(fakeSign(key, data), sig);

    /** An entry signed with the fake scheme for {@code wallet} under {@code lock}. */
    public static PresenceAddress signedEntry(byte[] key, String lock, byte[] device, String host, NodeType type,
            long lastSeen) {
        PresenceAddress unsigned = new PresenceAddress(device, host, type, "jtest-0.1", lastSeen, null, null);
        return unsigned.withSignature(fakeSign(key, unsigned.checksum(addressOf(key), lock)));
    }

    public static Presence presence(byte[] key, List<PresenceAddress> entries) {
        return new Presence(addressOf(key), key, null, entries);
    }
}
