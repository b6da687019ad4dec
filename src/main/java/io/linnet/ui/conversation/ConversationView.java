package io.linnet.ui.conversation;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ui.chats.ChatItem;
import io.linnet.ui.common.AvatarView;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The right side: header, the virtualized message list (cells are reused; older pages load when the top
 * is reached), the typing line, and the composer (Enter sends, Shift+Enter breaks the line, emoji
 * picker, attach button; files dropped on the conversation or pasted into the composer are sent; pasting
 * text is the text area's own).
 */
public final class ConversationView extends BorderPane {
    private final ConversationViewModel vm;
    private final ListView<Row> list = new ListView<>();
    private final TextArea composer = new TextArea();
    private boolean olderRequested;
    private boolean armed;

    public ConversationView(ConversationViewModel vm, ObservableValue<ChatItem> chat, Clock clock, Runnable showDetails) {
        this.vm = vm;
        setId("conversation");
        getStyleClass().add("conversation");
        setTop(header(chat, showDetails));

        list.setId("messages");
        list.getStyleClass().add("messages");
        list.setItems(vm.rows());
        list.setCellFactory(v -> new MessageCell(vm, clock, list));
        list.setFocusTraversable(true);
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                showMenuOfFocusedRow();
                e.consume();
            }
        });
        Label empty = Forms.note(t("conversation.empty"));
        empty.visibleProperty().bind(Bindings.isEmpty(vm.rows()).and(vm.loadingProperty().not()));
        StackPane centre = new StackPane(list, empty);
        setCenter(centre);
        setBottom(composerArea());

        vm.rows().addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getFrom() == 0 && olderRequested) {
                    // an older page came in above: keep the message that was on top where it was
                    olderRequested = false;
                    list.scrollTo(c.getAddedSize());
                } else if (c.wasAdded() && c.getTo() == vm.rows().size()) {
                    scrollToEnd();
                }
            }
        });
        list.skinProperty().addListener((o, a, b) -> watchTop());
    }

    private Node header(ObservableValue<ChatItem> chat, Runnable showDetails) {
        AvatarView avatar = new AvatarView(36);
        Label title = new Label();
        title.setId("conversation-title");
        title.getStyleClass().add("title-4");
        Label subtitle = new Label();
        subtitle.setId("conversation-subtitle");
        subtitle.getStyleClass().addAll("text-small", "text-muted");
        Runnable update = () -> {
            ChatItem c = chat.getValue();
            if (c != null) {
                avatar.show(c.address().toString(), c.avatar());
                title.setText(c.title());
            }
            subtitle.setText(c == null ? "" : c.group() ? t("conversation.group") : c.online() ? t("conversation.online") : "");
        };
        chat.addListener((o, a, b) -> update.run());
        update.run();
        Label typing = new Label(t("conversation.typing"));
        typing.setId("typing-indicator");
        typing.getStyleClass().addAll("typing", "text-small");
        typing.visibleProperty().bind(vm.peerTypingProperty());
        typing.managedProperty().bind(typing.visibleProperty());
        subtitle.visibleProperty().bind(vm.peerTypingProperty().not());
        subtitle.managedProperty().bind(subtitle.visibleProperty());
        Button details = Icons.button(Feather.INFO, t("conversation.details"), "conversation-details");
        details.setOnAction(e -> showDetails.run());
        HBox bar = new HBox(10, avatar, new VBox(0, title, subtitle, typing), Forms.hgrow(), details);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("conversation-header");
        return bar;
    }

    private Node composerArea() {
        Label bannerText = new Label();
        bannerText.setId("compose-banner-text");
        bannerText.setMinWidth(0);
        HBox.setHgrow(bannerText, Priority.ALWAYS);
        Button cancel = Icons.button(Feather.X, t("conversation.cancel"), "compose-cancel");
        cancel.setOnAction(e -> vm.cancelCompose());
        HBox banner = new HBox(8, Icons.of(Feather.CORNER_UP_LEFT, 14), bannerText, cancel);
        banner.setId("compose-banner");
        banner.getStyleClass().add("compose-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        Runnable updateBanner = () -> {
            MessageItem edit = vm.editingProperty().get();
            MessageItem reply = vm.replyToProperty().get();
            banner.setVisible(edit != null || reply != null);
            banner.setManaged(banner.isVisible());
            bannerText.setText(edit != null ? t("conversation.editing") : reply != null
                    ? t("conversation.replyingTo", reply.message().body()) : "");
        };
        vm.editingProperty().addListener((o, a, b) -> updateBanner.run());
        vm.replyToProperty().addListener((o, a, b) -> {
            updateBanner.run();
            if (b != null) {
                composer.requestFocus();
            }
        });
        vm.editingProperty().addListener((o, a, b) -> {
            if (b != null) {
                composer.requestFocus();
                composer.positionCaret(composer.getLength());
            }
        });
        updateBanner.run();

        composer.setId("composer");
        composer.setPromptText(t("conversation.composer.prompt"));
        composer.setWrapText(true);
        composer.setPrefRowCount(1);
        composer.setAccessibleText(t("conversation.composer.prompt"));
        composer.textProperty().bindBidirectional(vm.draftProperty());
        composer.addEventFilter(KeyEvent.KEY_PRESSED, this::composerKey);
        FileDrops.install(this, composer, vm::attach, vm::attachImage);
        composer.disableProperty().bind(vm.leftProperty());
        HBox.setHgrow(composer, Priority.ALWAYS);
        composer.textProperty().addListener((o, a, b) -> composer.setPrefRowCount(Math.min(6, Math.max(1, b == null ? 1 : b.split("\n", -1).length))));

        Button emoji = Icons.button(Feather.SMILE, t("conversation.emoji"), "emoji-button");
        ContextMenu picker = Emoji.picker(e -> {
            composer.insertText(composer.getCaretPosition(), e);
            composer.requestFocus();
        });
        emoji.setOnAction(e -> picker.show(emoji, javafx.geometry.Side.TOP, 0, 0));
        emoji.disableProperty().bind(vm.leftProperty());
        Button send = Icons.button(Feather.SEND, t("conversation.send"), "send");
        send.getStyleClass().add("accent");
        send.setOnAction(e -> vm.send());
        send.disableProperty().bind(vm.leftProperty().or(Bindings.createBooleanBinding(
                () -> vm.draftProperty().get() == null || vm.draftProperty().get().isBlank(), vm.draftProperty())));
        Button attach = Icons.button(Feather.PAPERCLIP, t("conversation.attach"), "attach-button");
        attach.setOnAction(e -> {
            java.util.List<java.io.File> chosen = new javafx.stage.FileChooser().showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                vm.attach(chosen.stream().map(java.io.File::toPath).toList());
            }
        });
        attach.disableProperty().bind(vm.leftProperty());
        HBox row = new HBox(6, attach, emoji, composer, send);
        row.setAlignment(Pos.BOTTOM_LEFT);
        Label left = new Label(t("conversation.left"));
        left.getStyleClass().add("text-muted");
        left.visibleProperty().bind(vm.leftProperty());
        left.managedProperty().bind(left.visibleProperty());
        VBox box = new VBox(4, banner, Forms.error(vm.busy().errorProperty(), "conversation-error"), left, row);
        box.getStyleClass().add("composer-area");
        return box;
    }

    private void composerKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                composer.insertText(composer.getCaretPosition(), "\n");
            } else {
                vm.send();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && vm.cancelCompose()) {
            e.consume();
        } else if (e.getCode() == KeyCode.UP && composer.getText().isEmpty()) {
            editLastOwn();
            e.consume();
        }
    }

    /** Up in an empty composer edits our newest message, as in most messengers. */
    private void editLastOwn() {
        for (int i = vm.rows().size() - 1; i >= 0; i--) {
            if (vm.rows().get(i) instanceof MessageItem m && m.outgoing() && !m.message().deleted()) {
                vm.startEdit(m);
                return;
            }
        }
    }

    /** The menu key (or Shift+F10) opens the focused message's context menu. */
    private void showMenuOfFocusedRow() {
        int i = list.getFocusModel().getFocusedIndex();
        for (Node n : list.lookupAll(".message-cell")) {
            if (n instanceof MessageCell c && c.getIndex() == i && c.getContextMenu() != null) {
                javafx.geometry.Bounds b = c.localToScreen(c.getBoundsInLocal());
                c.getContextMenu().show(c, b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
                return;
            }
        }
    }

    /**
     * Shows the newest message. The flow settles its cell sizes in the next pulse, so the scroll is
     * repeated then; only after that does reaching the top count as the user's doing.
     */
    private void scrollToEnd() {
        list.scrollTo(vm.rows().size() - 1);
        javafx.application.Platform.runLater(() -> {
            list.scrollTo(vm.rows().size() - 1);
            armed = true;
        });
    }

    /** Loads the older page when the list is scrolled to its very top (the flow's position reaches 0). */
    private void watchTop() {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.positionProperty().addListener((o, a, p) -> {
                if (armed && p.doubleValue() <= 0 && a.doubleValue() > 0 && vm.hasOlderProperty().get() && !vm.loadingProperty().get()) {
                    olderRequested = true;
                    vm.loadOlder();
                }
            });
        }
    }

    /** Puts the caret in the composer. */
    public void focusComposer() {
        composer.requestFocus();
    }

    /** The message list (tests and the screenshot task scroll it). */
    public ListView<Row> messageList() {
        return list;
    }

    public ConversationViewModel model() {
        return vm;
    }
}
