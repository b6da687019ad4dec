package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An RSA public key as Ixian stores and sends it: {@code keyVersion} (the address version the key was
 * made for), modulus and public exponent.
 *
 * <p>Ixian bytes: {@code u8 keyVersion ‖ int32 0 ‖ int32 len ‖ modulus ‖ int32 len ‖ exponent}, with
 * little-endian lengths and unsigned big-endian numbers (528 bytes for RSA-4096, 272 for RSA-2048). The
 * legacy 523-byte form has no 5-byte prefix; it reads as key version 0 and is written back in the
 * prefixed form, which yields the same v0 address.
 *
 * @param keyVersion 0..255, normally 0, 1 or 2
 * @param modulus    1024 to 8192 bits, odd
 * @param exponent   odd, greater than 1 and smaller than the modulus
 */
public record RsaPublicKey(int keyVersion, BigInteger modulus, BigInteger exponent) {

    public RsaPublicKey {
        Objects.requireNonNull(modulus, "modulus");
        Objects.requireNonNull(exponent, "exponent");
        if (keyVersion < 0 || keyVersion > 255) {
            throw new IllegalArgumentException("RSA key version " + keyVersion + " does not fit in a byte");
        }
        int bits = modulus.bitLength();
        if (modulus.signum() <= 0 || bits < RsaKeyCodec.MIN_MODULUS_BITS || bits > RsaKeyCodec.MAX_MODULUS_BITS
                || !modulus.testBit(0)) {
            throw new IllegalArgumentException("RSA modulus must be odd and 1024 to 8192 bits, not " + bits + " bits");
        }
        if (!exponent.testBit(0) || exponent.compareTo(BigInteger.ONE) <= 0 || exponent.compareTo(modulus) >= 0) {
            throw new IllegalArgumentException("RSA exponent must be odd, greater than 1 and below the modulus");
        }
    }

    /** Parses Ixian public-key bytes, including the legacy 523-byte form without prefix. */
    public static RsaPublicKey fromIxianBytes(byte[] b) throws ProtocolException {
        IxiReader r = new IxiReader(b);
        RsaPublicKey key = RsaKeyCodec.readPublic(r, b.length == RsaKeyCodec.LEGACY_PUBLIC_LENGTH);
        r.expectEnd("RSA public key");
        return key;
    }

    /** Ixian public-key bytes, always with the 5-byte prefix. */
    public byte[] toIxianBytes() {
        IxiWriter w = new IxiWriter(modulusBytes() + 32);
        RsaKeyCodec.writePublic(w, this);
        return w.toByteArray();
    }

    /** Length of the modulus in bytes (512 for RSA-4096), which is also the signature length. */
    public int modulusBytes() {
        return (modulus.bitLength() + 7) / 8;
    }
}
