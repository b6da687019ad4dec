package io.linnet.ui.conversation;

import static io.linnet.ui.common.I18n.t;

import io.linnet.chat.store.MessageState;
import io.linnet.ui.common.Icons;
import io.linnet.ui.common.Identicon;
import io.linnet.ui.common.TimeText;
import java.time.Clock;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of the message list: a day separator, or a bubble with author (groups), quote, text, time,
 * edited mark and receipt ticks, reactions under it, and "retry" for a failed message. The context menu
 * (right click, or the menu key on the selected row) reacts, replies, edits, deletes and copies.
 */
final class MessageCell extends ListCell<Row> {
    private final ConversationViewModel vm;
    private final Clock clock;
    private final ListView<Row> list;

    MessageCell(ConversationViewModel vm, Clock clock, ListView<Row> list) {
        this.vm = vm;
        this.clock = clock;
        this.list = list;
        getStyleClass().add("message-cell");
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setContextMenu(null);
            setAccessibleText(null);
            return;
        }
        switch (row) {
            case Row.Day d -> {
                Label l = new Label(TimeText.day(d.day(), clock));
                l.getStyleClass().add("day-separator");
                HBox box = new HBox(l);
                box.setAlignment(Pos.CENTER);
                setGraphic(box);
                setContextMenu(null);
                setAccessibleText(l.getText());
            }
            case MessageItem m -> {
                setGraphic(message(m));
                setContextMenu(menu(m));
                setAccessibleText((m.outgoing() ? t("message.you") : m.author()) + ": " + m.message().body());
            }
        }
    }

    private VBox message(MessageItem m) {
        VBox bubble = new VBox(3);
        bubble.getStyleClass().addAll("bubble", m.outgoing() ? "outgoing" : "incoming");
        // from the list's width, not the cell's: the flow measures cells before they have a width, and a
        // bubble squeezed to nothing then would make every estimate far too tall
        bubble.maxWidthProperty().bind(list.widthProperty().multiply(0.68));
        if (!m.author().isEmpty()) {
            Label author = new Label(m.author());
            author.getStyleClass().add("author");
            author.setTextFill(Identicon.colour(m.authorKey()));
            bubble.getChildren().add(author);
        }
        if (!m.quote().isEmpty()) {
            Label q = new Label(m.quote());
            q.getStyleClass().add("quote");
            q.setWrapText(true);
            q.setMinHeight(Region.USE_PREF_SIZE);
            bubble.getChildren().add(q);
        }
        if (m.file() != null && !m.message().deleted()) {
            bubble.getChildren().add(FileBox.of(m, vm));
        } else {
            Label body = new Label(m.message().deleted() ? t("message.deleted") : m.message().body());
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            body.getStyleClass().add(m.message().deleted() ? "body-deleted" : "body");
            bubble.getChildren().add(body);
        }

        HBox meta = new HBox(4);
        meta.setAlignment(Pos.CENTER_RIGHT);
        meta.getStyleClass().add("meta");
        if (m.message().edited() && !m.message().deleted()) {
            Label edited = new Label(t("message.edited"));
            edited.getStyleClass().add("edited");
            meta.getChildren().add(edited);
        }
        meta.getChildren().add(new Label(TimeText.clock(m.message().sentAt(), clock)));
        if (m.outgoing()) {
            meta.getChildren().add(ticks(m.message().state()));
        }
        bubble.getChildren().add(meta);

        VBox column = new VBox(2, bubble);
        column.setFillWidth(false);
        column.setAlignment(m.outgoing() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        if (!m.reactions().isEmpty()) {
            HBox chips = new HBox(4);
            chips.setAlignment(m.outgoing() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            for (MessageItem.Reactions r : m.reactions()) {
                Label chip = new Label(r.count() > 1 ? r.emoji() + " " + r.count() : r.emoji());
                chip.getStyleClass().add("reaction");
                if (r.mine()) {
                    chip.getStyleClass().add("mine");
                }
                chip.setOnMouseClicked(e -> vm.react(m, r.emoji()));
                chips.getChildren().add(chip);
            }
            column.getChildren().add(chips);
        }
        if (m.message().state() == MessageState.FAILED) {
            Hyperlink retry = new Hyperlink(t("message.failed.retry"));
            retry.getStyleClass().add("retry");
            retry.setOnAction(e -> vm.retry(m));
            column.getChildren().add(retry);
        }
        return column;
    }

    private static Label ticks(MessageState s) {
        FontIcon icon = switch (s) {
            case SENDING -> Icons.of(Feather.CLOCK, 12);
            case SENT -> Icons.of(Feather.CHECK, 12);
            case DELIVERED, READ -> Icons.of(Feather.CHECK_CIRCLE, 12);
            case FAILED -> Icons.of(Feather.ALERT_CIRCLE, 12);
            case RECEIVED -> Icons.of(Feather.CHECK, 12);
        };
        Label l = new Label(null, icon);
        l.getStyleClass().addAll("ticks", s.name().toLowerCase(java.util.Locale.ROOT));
        l.setAccessibleText(t("message.state." + s.name().toLowerCase(java.util.Locale.ROOT)));
        l.setTooltip(new javafx.scene.control.Tooltip(l.getAccessibleText()));
        return l;
    }

    private ContextMenu menu(MessageItem m) {
        ContextMenu menu = new ContextMenu();
        boolean live = !m.message().deleted();
        if (live) {
            Menu react = new Menu(t("message.react"), Icons.of(Feather.SMILE, 14));
            react.setId("menu-react");
            for (String e : Emoji.REACTIONS) {
                MenuItem i = new MenuItem(e.equals(m.myReaction()) ? e + "  ✓" : e);
                i.setId("react-" + Emoji.REACTIONS.indexOf(e));
                i.setOnAction(ev -> vm.react(m, e));
                react.getItems().add(i);
            }
            MenuItem reply = item(t("message.reply"), Feather.CORNER_UP_LEFT, "menu-reply", () -> vm.startReply(m));
            MenuItem copy = item(t("message.copy"), Feather.COPY, "menu-copy", () -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(m.message().body());
                Clipboard.getSystemClipboard().setContent(c);
            });
            menu.getItems().addAll(react, reply, copy);
            if (m.outgoing()) {
                menu.getItems().addAll(new SeparatorMenuItem(),
                        item(t("message.edit"), Feather.EDIT_2, "menu-edit", () -> vm.startEdit(m)),
                        item(t("message.delete"), Feather.TRASH_2, "menu-delete", () -> vm.delete(m)));
            }
        }
        if (m.message().state() == MessageState.FAILED) {
            menu.getItems().add(item(t("message.retry"), Feather.REFRESH_CW, "menu-retry", () -> vm.retry(m)));
        }
        return menu.getItems().isEmpty() ? null : menu;
    }

    private static MenuItem item(String text, Feather icon, String id, Runnable action) {
        MenuItem i = new MenuItem(text, Icons.of(icon, 14));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
