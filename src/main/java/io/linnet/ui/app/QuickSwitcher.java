package io.linnet.ui.app;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ixian.address.Address;
import io.linnet.ui.chats.ChatItem;
import io.linnet.ui.common.AvatarView;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Ctrl+K: type part of a name, Enter opens that chat, Esc closes. An overlay over the main window. */
final class QuickSwitcher extends StackPane {
    private final TextField field = new TextField();
    private final FilteredList<ChatItem> found;
    private final ListView<ChatItem> list;

    QuickSwitcher(ObservableList<ChatItem> chats, Consumer<Address> open, Runnable close) {
        setId("quick-switcher");
        getStyleClass().add("overlay");
        found = new FilteredList<>(chats, c -> true);
        list = new ListView<>(found);
        field.setId("quick-switch-field");
        field.setPromptText(t("quick.prompt"));
        field.setAccessibleText(t("quick.prompt"));
        field.textProperty().addListener((o, a, b) -> {
            String q = b.strip().toLowerCase(Locale.ROOT);
            found.setPredicate(c -> c.title().toLowerCase(Locale.ROOT).contains(q));
            list.getSelectionModel().selectFirst();
        });
        list.setId("quick-switch-list");
        list.setPrefHeight(280);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ChatItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                AvatarView a = new AvatarView(24);
                a.show(item.address().toString(), item.avatar());
                HBox row = new HBox(8, a, new Label(item.title()));
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        Runnable choose = () -> {
            ChatItem c = list.getSelectionModel().getSelectedItem();
            if (c == null && !found.isEmpty()) {
                c = found.getFirst();
            }
            if (c != null) {
                close.run();
                open.accept(c.address());
            }
        };
        field.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER -> {
                    choose.run();
                    e.consume();
                }
                case DOWN -> {
                    list.getSelectionModel().selectNext();
                    e.consume();
                }
                case UP -> {
                    list.getSelectionModel().selectPrevious();
                    e.consume();
                }
                case ESCAPE -> {
                    close.run();
                    e.consume();
                }
                default -> { }
            }
        });
        list.setOnMouseClicked(e -> choose.run());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.run();
            }
        });
        Label title = new Label(t("quick.title"));
        title.getStyleClass().add("title-4");
        VBox card = new VBox(10, title, field, list);
        card.getStyleClass().add("quick-card");
        card.setPadding(new Insets(16));
        card.setMaxWidth(440);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        StackPane.setMargin(card, new Insets(80, 0, 0, 0));
        getChildren().add(card);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close.run();
            }
        });
        list.getSelectionModel().selectFirst();
    }

    void focus() {
        field.requestFocus();
    }
}
