package io.linnet.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as people type and read them in the settings: MiB, decimals allowed. */
public final class MiB {
    private static final long ONE = 1024 * 1024;

    private MiB() {
    }

    /**
     * {@code text} MiB in bytes ("2.5" and "2,5" alike).
     *
     * @throws NumberFormatException not a number, negative, or too large
     */
    public static long parse(String text) {
        BigDecimal v = new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
        if (v.signum() < 0) {
            throw new NumberFormatException("negative");
        }
        try {
            return v.multiply(BigDecimal.valueOf(ONE)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("too large");
        }
    }

    /** Bytes as MiB, at most two decimals, without trailing zeros. */
    public static String format(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(ONE), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
