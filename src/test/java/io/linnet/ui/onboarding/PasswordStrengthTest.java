package io.linnet.ui.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The hint grows with length and variety, and drops for repeats and common words. */
class PasswordStrengthTest {
    @Test
    void levels() {
        assertEquals(PasswordStrength.Level.TOO_SHORT, PasswordStrength.rate("abc"));
        assertEquals(PasswordStrength.Level.TOO_SHORT, PasswordStrength.rate(null));
        assertEquals(PasswordStrength.Level.WEAK, PasswordStrength.rate("aaaaaaaaaaaa"));
        assertEquals(PasswordStrength.Level.WEAK, PasswordStrength.rate("password1234"));
        assertEquals(PasswordStrength.Level.FAIR, PasswordStrength.rate("bluehorsesx"));
        assertEquals(PasswordStrength.Level.GOOD, PasswordStrength.rate("bluehorse42x"));
        assertEquals(PasswordStrength.Level.STRONG, PasswordStrength.rate("correct horse battery staple 7!"));
    }
}
