package io.linnet.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons (Feather, through Ikonli) and icon-only buttons with a tooltip and an accessible name. */
public final class Icons {
    private Icons() {}

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon i = new FontIcon(ikon);
        i.setIconSize(size);
        i.getStyleClass().add("icon");
        return i;
    }

    /** A flat button showing only {@code ikon}; {@code text} is its tooltip and accessible text. */
    public static Button button(Ikon ikon, String text, String id) {
        Button b = new Button(null, of(ikon, 18));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        b.setId(id);
        b.setFocusTraversable(true);
        return b;
    }
}
