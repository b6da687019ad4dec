package io.linnet.testutil;

import java.util.HexFormat;

/** Hex helpers for test vectors: whitespace inside the hex text is ignored. */
public final class Hex {
    private Hex() {}

    public static byte[] b(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    public static String h(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code n} bytes counting up from {@code start}: {@code seq(0, 32)} = 00 01 .. 1f. */
    public static byte[] seq(int start, int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (start + i);
        }
        return out;
    }
}
