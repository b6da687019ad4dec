package io.linnet.ixian.spixi;

/**
 * The capability bitmask a contact announces in {@code acceptAdd2} / {@code keys2}.
 *
 * <p>Ixian writes the mask as a non-negative 32-bit integer in IxiVarInt form. Bits this class does not
 * name are kept as they are, so a peer's newer flags survive a decode/encode cycle.
 *
 * @param bits the raw mask, never negative
 */
public record StreamCapabilities(int bits) {
    /** Accepts incoming connections; without it contacts should not try to connect to this peer. */
    public static final int INCOMING = 1;
    /** Makes outgoing connections; without it contacts should poll this peer. */
    public static final int OUTGOING = 2;
    /** Accepts offline delivery through the push-notification (IPN) server. */
    public static final int IPN = 4;
    /** Runs mini apps. */
    public static final int APPS = 8;
    /** Speaks app protocols. */
    public static final int APP_PROTOCOLS = 16;
    /** Understands peer-to-peer group chats (Spixi only offers such contacts for groups). */
    public static final int GROUP_CAPABILITIES = 32;

    /** What a peer is assumed to support when its message carries no mask: 15. */
    public static final StreamCapabilities DEFAULT = new StreamCapabilities(INCOMING | OUTGOING | IPN | APPS);
    /** What current Spixi announces: 63. */
    public static final StreamCapabilities SPIXI = new StreamCapabilities(
            INCOMING | OUTGOING | IPN | APPS | APP_PROTOCOLS | GROUP_CAPABILITIES);

    public StreamCapabilities {
        if (bits < 0) {
            throw new IllegalArgumentException("capability mask must not be negative: " + bits);
        }
    }

    /** Whether every bit of {@code flags} is set. */
    public boolean has(int flags) {
        return (bits & flags) == flags;
    }

    /** This mask with {@code flags} added. */
    public StreamCapabilities with(int flags) {
        return new StreamCapabilities(bits | flags);
    }
}
