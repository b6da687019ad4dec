package io.linnet.ui.conversation;

import static io.linnet.ui.common.I18n.t;

import io.linnet.chat.store.MessageState;
import io.linnet.ui.common.Icons;
import io.linnet.ui.common.Identicon;
import io.linnet.ui.common.TimeText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
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
 * (right click, or the menu key on the selected row) reacts, replies, edits, deletes and copies; it is
 * built when asked for. The cell builds its nodes once and fills them again for each row it shows (the
 * list reuses a screenful of cells for every row); only a file's box and reaction chips are made anew,
 * for the rows that have them.
 */
final class MessageCell extends ListCell<Row> {
    /** The conversation shown: the list, and so its cells, outlive each conversation's model. */
    private final Supplier<ConversationViewModel> vm;
    private final Clock clock;
    private final Label day = new Label();
    private final HBox dayBox = new HBox(day);
    private final Label author = new Label();
    private final Label quote = new Label();
    private final Label body = new Label();
    private final Label edited = new Label(t("message.edited"));
    private final Label time = new Label();
    private final FontIcon tickIcon = Icons.of(Feather.CHECK, 12);
    private final Label ticks = new Label(null, tickIcon);
    private final Tooltip ticksTip = new Tooltip();
    private final HBox meta = new HBox(4);
    private final VBox bubble = new VBox(3);
    private final HBox chips = new HBox(4);
    private final Hyperlink retry = new Hyperlink(t("message.failed.retry"));
    private final VBox column = new VBox(2, bubble);
    private MessageItem shown;

    MessageCell(Supplier<ConversationViewModel> vm, Clock clock, ListView<Row> list) {
        this.vm = vm;
        this.clock = clock;
        getStyleClass().add("message-cell");
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(Double.MAX_VALUE);
        day.getStyleClass().add("day-separator");
        dayBox.setAlignment(Pos.CENTER);
        // from the list's width, not the cell's: the flow measures cells before they have a width, and a
        // bubble squeezed to nothing then would make every estimate far too tall
        bubble.maxWidthProperty().bind(list.widthProperty().multiply(0.68));
        bubble.getStyleClass().add("bubble");
        author.getStyleClass().add("author");
        quote.getStyleClass().add("quote");
        for (Label l : new Label[] {quote, body}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        edited.getStyleClass().add("edited");
        ticks.setTooltip(ticksTip);
        meta.setAlignment(Pos.CENTER_RIGHT);
        meta.getStyleClass().add("meta");
        column.setFillWidth(false);
        retry.getStyleClass().add("retry");
        retry.setOnAction(e -> {
            if (shown != null) {
                vm.get().retry(shown);
            }
        });
        addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> menu());
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        setContextMenu(null);
        if (empty || row == null) {
            shown = null;
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        switch (row) {
            case Row.Day d -> {
                shown = null;
                day.setText(TimeText.day(d.day(), clock));
                setGraphic(dayBox);
                setAccessibleText(day.getText());
            }
            case MessageItem m -> {
                if (m != shown) {
                    shown = m;
                    fill(m);
                }
                setGraphic(column);
                setAccessibleText((m.outgoing() ? t("message.you") : m.author()) + ": " + m.message().body());
            }
        }
    }

    private void fill(MessageItem m) {
        boolean deleted = m.message().deleted();
        bubble.getStyleClass().setAll("bubble", m.outgoing() ? "outgoing" : "incoming");
        List<Node> parts = new ArrayList<>(4);
        if (!m.author().isEmpty()) {
            author.setText(m.author());
            author.setTextFill(Identicon.colour(m.authorKey()));
            parts.add(author);
        }
        if (!m.quote().isEmpty()) {
            quote.setText(m.quote());
            parts.add(quote);
        }
        if (m.file() != null && !deleted) {
            parts.add(FileBox.of(m, vm.get()));
        } else {
            body.setText(deleted ? t("message.deleted") : m.message().body());
            body.getStyleClass().setAll("label", deleted ? "body-deleted" : "body");
            parts.add(body);
        }
        parts.add(meta);
        replace(bubble.getChildren(), parts);

        List<Node> metaParts = new ArrayList<>(3);
        if (m.message().edited() && !deleted) {
            metaParts.add(edited);
        }
        time.setText(TimeText.clock(m.message().sentAt(), clock));
        metaParts.add(time);
        if (m.outgoing()) {
            ticks(m.message().state());
            metaParts.add(ticks);
        }
        replace(meta.getChildren(), metaParts);

        Pos side = m.outgoing() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT;
        column.setAlignment(side);
        List<Node> columnParts = new ArrayList<>(3);
        columnParts.add(bubble);
        if (!m.reactions().isEmpty()) {
            chips.setAlignment(side);
            chips.getChildren().setAll(m.reactions().stream().map(r -> chip(m, r)).toList());
            columnParts.add(chips);
        }
        if (m.message().state() == MessageState.FAILED) {
            columnParts.add(retry);
        }
        replace(column.getChildren(), columnParts);
    }

    /** Sets {@code children} to {@code parts} unless they are the same already (no needless scene-graph change). */
    private static void replace(List<Node> children, List<Node> parts) {
        if (!children.equals(parts)) {
            ((javafx.collections.ObservableList<Node>) children).setAll(parts);
        }
    }

    private Label chip(MessageItem m, MessageItem.Reactions r) {
        Label chip = new Label(r.count() > 1 ? r.emoji() + " " + r.count() : r.emoji());
        chip.getStyleClass().add("reaction");
        if (r.mine()) {
            chip.getStyleClass().add("mine");
        }
        chip.setOnMouseClicked(e -> vm.get().react(m, r.emoji()));
        return chip;
    }

    private void ticks(MessageState s) {
        tickIcon.setIconCode(switch (s) {
            case SENDING -> Feather.CLOCK;
            case SENT, RECEIVED -> Feather.CHECK;
            case DELIVERED, READ -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.ALERT_CIRCLE;
        });
        String name = s.name().toLowerCase(java.util.Locale.ROOT);
        ticks.getStyleClass().setAll("label", "ticks", name);
        ticks.setAccessibleText(t("message.state." + name));
        ticksTip.setText(ticks.getAccessibleText());
    }

    /** The context menu for the message this cell shows, built now ({@code null} for a day or a row without actions). */
    ContextMenu menu() {
        setContextMenu(getItem() instanceof MessageItem m && !isEmpty() ? menu(m) : null);
        return getContextMenu();
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
                i.setOnAction(ev -> vm.get().react(m, e));
                react.getItems().add(i);
            }
            MenuItem reply = item(t("message.reply"), Feather.CORNER_UP_LEFT, "menu-reply", () -> vm.get().startReply(m));
            MenuItem copy = item(t("message.copy"), Feather.COPY, "menu-copy", () -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(m.message().body());
                Clipboard.getSystemClipboard().setContent(c);
            });
            menu.getItems().addAll(react, reply, copy);
            if (m.outgoing()) {
                menu.getItems().addAll(new SeparatorMenuItem(),
                        item(t("message.edit"), Feather.EDIT_2, "menu-edit", () -> vm.get().startEdit(m)),
                        item(t("message.delete"), Feather.TRASH_2, "menu-delete", () -> vm.get().delete(m)));
            }
        }
        if (m.message().state() == MessageState.FAILED) {
            menu.getItems().add(item(t("message.retry"), Feather.REFRESH_CW, "menu-retry", () -> vm.get().retry(m)));
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
