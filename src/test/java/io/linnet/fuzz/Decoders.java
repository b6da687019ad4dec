package io.linnet.fuzz;

import io.linnet.ixian.ProtocolException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shared helpers for decoder robustness tests.
 *
 * <p>{@link #check} runs a decoder on one input and accepts only two outcomes: a result, or a
 * {@link ProtocolException} ({@link #checkAllowing} names other acceptable exceptions, e.g. a
 * decryption failure). Anything else (an index error, an OutOfMemoryError, a NullPointerException)
 * fails the test. {@link #mutants} turns valid encodings into many near-valid ones (bit flips,
 * truncations, extensions, inflated length bytes), the inputs most likely to reach deep decoder paths.
 */
public final class Decoders {
    private Decoders() {}

    /** A decoder under test. */
    @FunctionalInterface
    public interface Decoder {
        Object decode(byte[] input) throws ProtocolException;
    }

    /**
     * A decoder that may also fail with other checked exceptions, such as a decryption failure; which
     * of them count as acceptable is up to the caller.
     */
    @FunctionalInterface
    public interface CheckedDecoder {
        Object decode(byte[] input) throws Exception;
    }

    /** Runs {@code decoder}; returns true if it accepted the input, false if it threw ProtocolException. */
    public static boolean check(Decoder decoder, byte[] input) {
        return checkAllowing(decoder::decode, input, ProtocolException.class);
    }

    /**
     * Runs {@code decoder}; returns true if it accepted the input, false if it threw one of the
     * {@code acceptable} exceptions (with a message). Anything else fails the test.
     */
    public static boolean checkAllowing(CheckedDecoder decoder, byte[] input, Class<?>... acceptable) {
        try {
            decoder.decode(input);
            return true;
        } catch (RuntimeException | Error e) {
            throw failure(e, input);
        } catch (Exception expected) {
            if (Arrays.stream(acceptable).noneMatch(c -> c.isInstance(expected))) {
                throw failure(expected, input);
            }
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError(expected.getClass().getSimpleName() + " without a message", expected);
            }
            return false;
        }
    }

    private static AssertionError failure(Throwable e, byte[] input) {
        return new AssertionError("decoder failed with " + e + " on input "
                + java.util.HexFormat.of().formatHex(input, 0, Math.min(input.length, 256)), e);
    }

    /** Checks {@code count} mutants of each seed; returns how many were accepted. */
    public static int checkMutants(Decoder decoder, List<byte[]> seeds, int count, long seed) {
        return checkMutantsAllowing(decoder::decode, seeds, count, seed, ProtocolException.class);
    }

    /** {@link #checkMutants} for a decoder whose {@code acceptable} exceptions are given explicitly. */
    public static int checkMutantsAllowing(CheckedDecoder decoder, List<byte[]> seeds, int count, long seed,
                                           Class<?>... acceptable) {
        int accepted = 0;
        for (byte[] m : mutants(seeds, count, seed)) {
            if (checkAllowing(decoder, m, acceptable)) {
                accepted++;
            }
        }
        return accepted;
    }

    /** Deterministic near-valid inputs derived from {@code seeds}. */
    public static List<byte[]> mutants(List<byte[]> seeds, int countPerSeed, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<byte[]> out = new ArrayList<>();
        for (byte[] s : seeds) {
            for (int i = 0; i <= s.length && i < 64; i++) {
                out.add(Arrays.copyOf(s, i)); // every short prefix
            }
            out.add(Arrays.copyOf(s, Math.max(0, s.length - 1)));
            for (int i = 0; i < countPerSeed; i++) {
                out.add(mutate(s, rnd));
            }
        }
        return out;
    }

    private static byte[] mutate(byte[] s, SplittableRandom rnd) {
        byte[] m = s.clone();
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            switch (rnd.nextInt(6)) {
                case 0 -> { // flip a bit
                    if (m.length > 0) {
                        m[rnd.nextInt(m.length)] ^= (byte) (1 << rnd.nextInt(8));
                    }
                }
                case 1 -> m = Arrays.copyOf(m, rnd.nextInt(m.length + 1)); // truncate
                case 2 -> { // append garbage
                    byte[] tail = new byte[1 + rnd.nextInt(16)];
                    rnd.nextBytes(tail);
                    byte[] n = Arrays.copyOf(m, m.length + tail.length);
                    System.arraycopy(tail, 0, n, m.length, tail.length);
                    m = n;
                }
                case 3 -> { // plant a big length / varint prefix
                    if (m.length > 0) {
                        int[] big = {0xF7, 0xFC, 0xFD, 0xFE, 0xFF, 0xFB, 0x7F, 0x80};
                        m[rnd.nextInt(m.length)] = (byte) big[rnd.nextInt(big.length)];
                    }
                }
                case 4 -> { // set four bytes to 0xFF (huge int32 length or negative)
                    if (m.length >= 4) {
                        int at = rnd.nextInt(m.length - 3);
                        Arrays.fill(m, at, at + 4, (byte) (rnd.nextBoolean() ? 0xFF : 0x7F));
                    }
                }
                default -> { // random byte
                    if (m.length > 0) {
                        m[rnd.nextInt(m.length)] = (byte) rnd.nextInt(256);
                    }
                }
            }
        }
        return m;
    }
}
