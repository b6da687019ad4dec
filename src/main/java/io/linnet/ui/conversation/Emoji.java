package io.linnet.ui.conversation;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.layout.TilePane;

/** The emoji the composer's picker and the quick reactions offer. */
public final class Emoji {
    /** Quick reactions in a message's context menu. */
    public static final List<String> REACTIONS = List.of("👍", "❤️", "😂", "😮", "😢", "🙏");
    /** The composer's picker. */
    public static final List<String> PICKER = List.of(
            "😀", "😃", "😄", "😁", "😆", "😅", "😂", "🙂", "😉", "😊", "😇", "😍",
            "😘", "😋", "😜", "🤔", "🤗", "🤩", "😎", "😏", "😐", "🙄", "😬", "😴",
            "😢", "😭", "😤", "😡", "😱", "😳", "🥳", "🤯", "👍", "👎", "👏", "🙌",
            "🙏", "💪", "👋", "🤝", "❤️", "🧡", "💛", "💚", "💙", "💜", "🔥", "✨",
            "🎉", "🎂", "☕", "🍕", "🌞", "🌙", "⭐", "⚡", "✅", "❌", "❓", "💯");

    private Emoji() {}

    /** A popup grid of {@link #PICKER}; a click hands the emoji to {@code chosen} and closes the popup. */
    public static ContextMenu picker(Consumer<String> chosen) {
        ContextMenu menu = new ContextMenu();
        TilePane grid = new TilePane();
        grid.setPrefColumns(12);
        grid.setHgap(2);
        grid.setVgap(2);
        grid.getStyleClass().add("emoji-grid");
        for (String e : PICKER) {
            Button b = new Button(e);
            b.getStyleClass().addAll("flat", "emoji-button");
            b.setAccessibleText(e);
            b.setOnAction(ev -> {
                chosen.accept(e);
                menu.hide();
            });
            grid.getChildren().add(b);
        }
        CustomMenuItem item = new CustomMenuItem(grid, false);
        item.getStyleClass().add("emoji-menu-item");
        menu.getItems().add(item);
        menu.setId("emoji-picker");
        return menu;
    }
}
