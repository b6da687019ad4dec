package io.linnet.ui.common;

import static io.linnet.ui.common.I18n.t;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** A panel on the right side (contacts, settings, details): a title bar with a close button over scrolling content. */
public class Page extends BorderPane {
    private final VBox content = new VBox(18);

    public Page(String id, String title, Runnable close) {
        setId(id);
        getStyleClass().add("page");
        Button x = Icons.button(Feather.X, t("common.close"), "close-panel");
        x.setOnAction(e -> close.run());
        HBox bar = new HBox(10, Forms.title(title), Forms.hgrow(), x);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("page-header");
        setTop(bar);
        content.setPadding(new Insets(8, 24, 24, 24));
        content.setMaxWidth(720);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        setCenter(scroll);
        ChangeListener<Node> follow = (o, a, focused) -> reveal(scroll, focused);
        sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(follow);
            }
        });
    }

    /** Scrolls so that a field reached with the keyboard is in view (a scroll pane does not do that itself). */
    static void reveal(ScrollPane scroll, Node focused) {
        if (focused == null || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == content) {
                Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
                double viewport = scroll.getViewportBounds().getHeight();
                double total = content.getBoundsInLocal().getHeight();
                if (total <= viewport) {
                    return;
                }
                double top = scroll.getVvalue() * (total - viewport);
                if (b.getMinY() < top) {
                    scroll.setVvalue(Math.max(0, b.getMinY() - 16) / (total - viewport));
                } else if (b.getMaxY() > top + viewport) {
                    scroll.setVvalue(Math.min(total - viewport, b.getMaxY() + 16 - viewport) / (total - viewport));
                }
                return;
            }
        }
    }

    /** Adds a titled section. */
    public VBox section(String heading, Node... nodes) {
        VBox s = sectionBox(heading, nodes);
        content.getChildren().add(s);
        return s;
    }

    /** A titled section not yet placed anywhere. */
    public static VBox sectionBox(String heading, Node... nodes) {
        VBox s = new VBox(10);
        s.getStyleClass().add("page-section");
        s.getChildren().add(Forms.heading(heading));
        s.getChildren().addAll(nodes);
        return s;
    }

    public VBox content() {
        return content;
    }
}
