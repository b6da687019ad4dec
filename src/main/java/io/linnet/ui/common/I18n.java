package io.linnet.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts, from {@code io/linnet/ui/messages.properties} (English first). */
public final class I18n {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.linnet.ui.messages", Locale.getDefault());

    private I18n() {}

    /** The text for {@code key}, with {@code args} filled in (every text is a {@link MessageFormat} pattern). */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no UI text for key '" + key + "'", e);
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    /** The bundle itself (tests check that every key used exists). */
    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
