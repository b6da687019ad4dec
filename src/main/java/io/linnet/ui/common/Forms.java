package io.linnet.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Small building blocks the forms share, so every screen looks the same. */
public final class Forms {
    private Forms() {}

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-2");
        l.setWrapText(true);
        return l;
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    /** Muted explanatory text that wraps. */
    public static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A field with its label above it; the label is the field's mnemonic target and accessible name. */
    public static VBox labelled(String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.getStyleClass().add("field-label");
        field.setAccessibleText(label);
        VBox box = new VBox(4, l, field);
        box.setFillWidth(true);
        return box;
    }

    /** A red sentence that shows only while {@code text} is not empty. */
    public static Label error(ObservableStringValue text, String id) {
        return whenSet(text, id, "danger");
    }

    /** A green confirmation that shows only while {@code text} is not empty. */
    public static Label info(ObservableStringValue text, String id) {
        return whenSet(text, id, "success");
    }

    /** A sentence with the given style classes that takes no room while {@code text} is empty. */
    public static Label whenSet(ObservableStringValue text, String id, String... styles) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A list line for a person: picture, name in bold, a muted second line; both lines end in "…" when narrow. */
    public static HBox person(String seed, io.linnet.ixian.codec.Bytes avatar, double size, String name, String second,
            String... secondStyles) {
        AvatarView picture = new AvatarView(size);
        picture.show(seed, avatar);
        Label first = new Label(name);
        first.getStyleClass().add("text-bold");
        first.setMinWidth(0);
        Label sub = new Label(second);
        sub.getStyleClass().addAll("text-small", "text-muted");
        sub.getStyleClass().addAll(secondStyles);
        sub.setMinWidth(0);
        VBox text = new VBox(2, first, sub);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, picture, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * The foot of an onboarding form: a spinner while busy, Back, and the default button, which is enabled
     * while {@code enabled} holds.
     */
    public static HBox backAndSubmit(Busy busy, Runnable back, String submit, String id,
            javafx.beans.value.ObservableBooleanValue enabled, Runnable action) {
        Button backButton = plain(I18n.t("common.back"), "back");
        backButton.setOnAction(e -> back.run());
        Button go = accent(submit, id);
        go.setDefaultButton(true);
        go.disableProperty().bind(Bindings.not(enabled));
        go.setOnAction(e -> action.run());
        return buttons(spinner(busy.busyProperty()), backButton, go);
    }

    /** A small spinner that shows while {@code busy}. */
    public static ProgressIndicator spinner(ObservableBooleanValue busy) {
        ProgressIndicator p = new ProgressIndicator();
        p.setPrefSize(20, 20);
        p.setMaxSize(20, 20);
        p.visibleProperty().bind(busy);
        p.managedProperty().bind(busy);
        return p;
    }

    /** A row of buttons aligned right, with an optional spinner before them. */
    public static HBox buttons(Node... nodes) {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8);
        box.getChildren().add(grow);
        box.getChildren().addAll(nodes);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    public static Button accent(String text, String id) {
        Button b = new Button(text);
        b.getStyleClass().add("accent");
        b.setId(id);
        return b;
    }

    public static Button plain(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    /** A card of at most {@code maxWidth} centred in the available space (the onboarding screens). */
    public static StackPane centredCard(double maxWidth, Node... content) {
        VBox card = new VBox(14, content);
        card.getStyleClass().add("form-card");
        card.setPadding(new Insets(28));
        card.setMaxWidth(maxWidth);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(card);
        centre.setPadding(new Insets(24));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("onboarding-scroll");
        StackPane outer = new StackPane(scroll);
        outer.getStyleClass().add("onboarding");
        return outer;
    }

    /**
     * Puts the caret in {@code field} (the first field of a form) once it is on screen. The field's own
     * scene is watched: inside a scroll pane it joins the scene a pulse after the view does.
     */
    public static void focusWhenShown(Node field) {
        field.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(field::requestFocus);
            }
        });
    }

    /** Space that grows horizontally. */
    public static Region hgrow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
