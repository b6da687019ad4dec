package io.linnet.ixian.address;

import io.linnet.ixian.crypto.Hashes;

/**
 * Group ("virtual") addresses: {@code 01 ‖ first44(SHA3-512²(creator.noChecksum ‖ randomId))}.
 *
 * <p>The same derivation names a group (from its creator and the group's random id) and hides a member
 * in privacy mode (from the member's real address and the group's random id). The result is shaped like
 * a v1 address (SHA-512² checksum, Base58 text) but has no key behind it.
 */
public final class GroupAddress {
    /** Version byte of every virtual address. */
    public static final int VERSION = 1;
    /** Length of the random id Linnet draws for new groups. */
    public static final int RANDOM_ID_LENGTH = 16;

    private GroupAddress() {}

    public static Address derive(Address creator, byte[] randomId) {
        if (randomId == null || randomId.length == 0) {
            throw new IllegalArgumentException("group random id is empty");
        }
        byte[] body = Hashes.sha3_512sqTrunc(Address.concat(creator.noChecksum(), randomId), 0, 0, 44);
        byte[] address = new byte[45];
        address[0] = VERSION;
        System.arraycopy(body, 0, address, 1, 44);
        try {
            return Address.fromBytes(address);
        } catch (io.linnet.ixian.ProtocolException e) {
            throw new IllegalStateException("derived group address is malformed", e);
        }
    }
}
