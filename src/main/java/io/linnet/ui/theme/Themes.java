package io.linnet.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Light and dark: AtlantaFX's Primer themes as the user-agent stylesheet plus Linnet's own
 * {@code linnet.css}, which only uses the theme's colour variables so it fits both. "Follow the system"
 * tracks the platform's colour scheme while the app runs. Use on the JavaFX thread.
 */
public final class Themes {
    private static final String APP_CSS = Objects.requireNonNull(Themes.class.getResource("linnet.css"), "linnet.css").toExternalForm();
    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private Scene scene;

    public Themes(ThemeChoice initial) {
        choice.set(initial);
        choice.addListener((o, a, b) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener((o, a, b) -> apply());
        apply();
    }

    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** Whether the dark variant is showing now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Styles {@code s} (the window's scene) from now on. */
    public void attach(Scene s) {
        this.scene = s;
        if (!s.getStylesheets().contains(APP_CSS)) {
            s.getStylesheets().add(APP_CSS);
        }
        apply();
    }

    private void apply() {
        boolean d = switch (choice.get()) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        dark.set(d);
        Application.setUserAgentStylesheet(d ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove("dark");
            if (d) {
                scene.getRoot().getStyleClass().add("dark");
            }
        }
    }

    /** Re-applies the style class after the scene's root was replaced. */
    public void rootChanged() {
        apply();
    }
}
