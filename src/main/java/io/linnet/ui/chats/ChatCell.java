package io.linnet.ui.chats;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ui.common.AvatarView;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import io.linnet.ui.common.TimeText;
import java.time.Clock;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One chat list line: avatar with online dot, name, time, last message, unread count or muted mark. */
final class ChatCell extends ListCell<ChatItem> {
    private final Clock clock;
    private final AvatarView avatar = new AvatarView(40);
    private final Circle dot = new Circle(5);
    private final Label title = new Label();
    private final Label time = new Label();
    private final Label preview = new Label();
    private final Label unread = new Label();
    private final FontIcon muted = Icons.of(Feather.BELL_OFF, 13);
    private final FontIcon groupIcon = Icons.of(Feather.USERS, 13);
    private final HBox root;

    ChatCell(Clock clock) {
        this.clock = clock;
        dot.getStyleClass().add("online-dot");
        StackPane.setAlignment(dot, Pos.BOTTOM_RIGHT);
        StackPane pic = new StackPane(avatar, dot);
        pic.setMinSize(40, 40);
        title.getStyleClass().add("chat-title");
        title.setMinWidth(0);
        time.getStyleClass().addAll("chat-time", "text-small", "text-muted");
        time.setMinWidth(Region.USE_PREF_SIZE);
        preview.getStyleClass().addAll("chat-preview", "text-muted");
        preview.setMinWidth(0);
        HBox.setHgrow(preview, Priority.ALWAYS);
        unread.getStyleClass().add("unread-badge");
        unread.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, groupIcon, title, Forms.hgrow(), time);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(6, preview, muted, unread);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(2, top, bottom);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        root = new HBox(10, pic, text);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("chat-cell");
        getStyleClass().add("chat-list-cell");
        // the list's width decides, never the text's: no horizontal scrolling, long lines end in "…"
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ChatItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        avatar.show(item.address().toString(), item.avatar());
        dot.setVisible(item.online());
        title.setText(item.title());
        groupIcon.setVisible(item.group());
        groupIcon.setManaged(item.group());
        time.setText(item.time() == null ? "" : TimeText.brief(item.time(), clock));
        String text = item.time() == null ? t("chats.noMessages") : (item.previewMine() ? t("chats.you", item.preview()) : item.preview());
        preview.setText(text);
        muted.setVisible(item.muted());
        muted.setManaged(item.muted());
        unread.setText(item.unread() > 99 ? "99+" : Integer.toString(item.unread()));
        unread.setVisible(item.unread() > 0);
        unread.setManaged(item.unread() > 0);
        setText(null);
        setGraphic(root);
        setAccessibleText(t("chats.accessible", item.title(), text, item.unread()));
    }
}
