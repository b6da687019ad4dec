package io.linnet.ixian.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Ixian's hash helpers: the SHA-2 family ({@code sha512}, {@code sq} = twice, {@code qu} = four times)
 * and the SHA-3 family ({@code sha3_512}, {@code sha3_512sq}), with Ixian's slicing rule.
 *
 * <p>Slicing rule of every {@code (data, offset, count)} helper: {@code count == 0} means "from
 * {@code offset} to the end". {@code Trunc} variants keep the first {@code len} bytes of the digest.
 */
public final class Hashes {
    private Hashes() {}

    private static MessageDigest md(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    private static byte[] digest(String algorithm, byte[] data, int offset, int count) {
        int n = count == 0 ? data.length - offset : count;
        if (offset < 0 || n < 0 || offset > data.length - n) {
            throw new IllegalArgumentException("hash slice out of range");
        }
        MessageDigest m = md(algorithm);
        m.update(data, offset, n);
        return m.digest();
    }

    private static byte[] trunc(byte[] digest, int len) {
        if (len < 0 || len > digest.length) {
            throw new IllegalArgumentException("truncation length " + len);
        }
        return Arrays.copyOf(digest, len);
    }

    public static byte[] sha256(byte[] data) {
        return digest("SHA-256", data, 0, 0);
    }

    public static byte[] sha512(byte[] data) {
        return digest("SHA-512", data, 0, 0);
    }

    public static byte[] sha512(byte[] data, int offset, int count) {
        return digest("SHA-512", data, offset, count);
    }

    /** SHA-512(SHA-512(slice)). */
    public static byte[] sha512sq(byte[] data, int offset, int count) {
        return md("SHA-512").digest(sha512(data, offset, count));
    }

    public static byte[] sha512sq(byte[] data) {
        return sha512sq(data, 0, 0);
    }

    /** First {@code len} bytes of {@link #sha512sq} (Ixian's default {@code len} is 44). */
    public static byte[] sha512sqTrunc(byte[] data, int offset, int count, int len) {
        return trunc(sha512sq(data, offset, count), len);
    }

    /** SHA-512 applied four times. */
    public static byte[] sha512qu(byte[] data, int offset, int count) {
        MessageDigest m = md("SHA-512");
        return m.digest(m.digest(m.digest(sha512(data, offset, count))));
    }

    /** First {@code len} bytes of {@link #sha512qu} (Ixian's default {@code len} is 32). */
    public static byte[] sha512quTrunc(byte[] data, int offset, int count, int len) {
        return trunc(sha512qu(data, offset, count), len);
    }

    public static byte[] sha3_256(byte[] data) {
        return digest("SHA3-256", data, 0, 0);
    }

    public static byte[] sha3_512(byte[] data) {
        return digest("SHA3-512", data, 0, 0);
    }

    public static byte[] sha3_512(byte[] data, int offset, int count) {
        return digest("SHA3-512", data, offset, count);
    }

    /** First {@code len} bytes of a single SHA3-512. */
    public static byte[] sha3_512Trunc(byte[] data, int offset, int count, int len) {
        return trunc(sha3_512(data, offset, count), len);
    }

    /** SHA3-512(SHA3-512(slice)). */
    public static byte[] sha3_512sq(byte[] data, int offset, int count) {
        return md("SHA3-512").digest(sha3_512(data, offset, count));
    }

    public static byte[] sha3_512sq(byte[] data) {
        return sha3_512sq(data, 0, 0);
    }

    /** First {@code len} bytes of {@link #sha3_512sq} (Ixian's default {@code len} is 44). */
    public static byte[] sha3_512sqTrunc(byte[] data, int offset, int count, int len) {
        return trunc(sha3_512sq(data, offset, count), len);
    }
}
