package io.linnet.ui.onboarding;

import io.linnet.ixian.wallet.WalletCodec;
import java.util.List;
import java.util.Locale;

/**
 * A rough strength hint for a new password: an entropy estimate from the length and the kinds of
 * characters used, lowered for repeated characters and common words. A hint for people, not a guarantee.
 */
public final class PasswordStrength {
    /** From too short (Ixian refuses it) to strong. */
    public enum Level {
        TOO_SHORT,
        WEAK,
        FAIR,
        GOOD,
        STRONG
    }

    private static final List<String> COMMON = List.of("password", "passwort", "123456", "qwerty", "letmein",
            "iloveyou", "admin", "welcome", "linnet", "ixian", "spixi", "abc123", "111111", "monkey", "dragon");

    private PasswordStrength() {}

    public static Level rate(String password) {
        if (password == null || password.length() < WalletCodec.MIN_PASSWORD_LENGTH) {
            return Level.TOO_SHORT;
        }
        double bits = bits(password);
        if (bits < 45) {
            return Level.WEAK;
        }
        if (bits < 60) {
            return Level.FAIR;
        }
        return bits < 80 ? Level.GOOD : Level.STRONG;
    }

    /** The estimate in bits. */
    static double bits(String pw) {
        int pool = 0;
        if (pw.chars().anyMatch(Character::isLowerCase)) {
            pool += 26;
        }
        if (pw.chars().anyMatch(Character::isUpperCase)) {
            pool += 26;
        }
        if (pw.chars().anyMatch(Character::isDigit)) {
            pool += 10;
        }
        if (pw.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
            pool += 33;
        }
        double bits = pw.length() * (Math.log(Math.max(pool, 2)) / Math.log(2));
        long distinct = pw.chars().distinct().count();
        if (distinct * 2 < pw.length()) {
            bits /= 2;
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        for (String w : COMMON) {
            if (lower.contains(w)) {
                bits -= 25;
            }
        }
        return bits;
    }
}
