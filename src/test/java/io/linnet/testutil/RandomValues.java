package io.linnet.testutil;

import io.linnet.ixian.codec.Bytes;
import java.util.SplittableRandom;

/** Seeded random field values for property-style round-trip tests. */
public final class RandomValues {
    private RandomValues() {}

    /** {@code min..max} random bytes (inclusive). */
    public static Bytes bytes(SplittableRandom rnd, int min, int max) {
        byte[] b = new byte[min + rnd.nextInt(max - min + 1)];
        rnd.nextBytes(b);
        return Bytes.of(b);
    }

    /**
     * A string of up to {@code maxChars} code points mixing ASCII, Latin, CJK and emoji, so UTF-8 lengths
     * of 1 to 4 bytes per character all occur. Never contains lone surrogates.
     */
    public static String text(SplittableRandom rnd, int maxChars) {
        int n = rnd.nextInt(maxChars + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (rnd.nextInt(4)) {
                case 0 -> 0x20 + rnd.nextInt(0x5f);
                case 1 -> 0xa0 + rnd.nextInt(0x500);
                case 2 -> 0x4e00 + rnd.nextInt(0x5000);
                default -> 0x1f600 + rnd.nextInt(0x50);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
