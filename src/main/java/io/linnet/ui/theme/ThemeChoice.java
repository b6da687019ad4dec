package io.linnet.ui.theme;

/** The look the user picked: always light, always dark, or what the operating system uses. */
public enum ThemeChoice {
    LIGHT,
    DARK,
    SYSTEM;

    /** The stored form's value, or {@link #SYSTEM} for anything unknown. */
    public static ThemeChoice parse(String s) {
        for (ThemeChoice c : values()) {
            if (c.name().equalsIgnoreCase(s)) {
                return c;
            }
        }
        return SYSTEM;
    }
}
