package io.linnet.ui.conversation;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ui.chats.ChatItem;
import io.linnet.ui.common.AvatarView;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;

/**
 * The right side: header, the virtualized message list (cells are reused; older pages load when the top
 * is reached), the typing line, and the composer (Enter sends, Shift+Enter breaks the line, emoji
 * picker, attach button; files dropped on the conversation or pasted into the composer are sent; pasting
 * text is the text area's own). A window makes one and {@linkplain #show shows} each conversation opened
 * in it: the list keeps its cells and every node keeps its styles, so opening a conversation only fills
 * them (building and styling a new view took most of an open's time).
 */
public final class ConversationView extends BorderPane {
    /** How long an open waits for its newest page before it shows the conversation without it. */
    private static final javafx.util.Duration PAGE_WAIT = javafx.util.Duration.millis(150);

    private final ObjectProperty<ConversationViewModel> model = new SimpleObjectProperty<>();
    private final ListView<Row> list = new ListView<>();
    private final TextArea composer = new TextArea();
    private final Label empty = Forms.note(t("conversation.empty"));
    private final Label typing = new Label(t("conversation.typing"));
    private final Label subtitle = new Label();
    private final StringProperty error = new SimpleStringProperty("");
    private final Label leftNote = new Label(t("conversation.left"));
    private final BooleanProperty left = new SimpleBooleanProperty();
    private final ListChangeListener<Row> rowsListener = this::rowsChanged;
    /** Undoes what {@link #show} tied to the shown model. */
    private Subscription shown = Subscription.EMPTY;
    private Runnable updateBanner = () -> { };
    private boolean olderRequested;
    private javafx.beans.value.ChangeListener<ChatItem> chatListener;
    /** The first row on screen when a newer page was asked for, else -1. */
    private int newerTop = -1;
    private boolean armed;

    public ConversationView(ObservableValue<ChatItem> chat, Clock clock, Consumer<ConversationViewModel> showDetails) {
        setId("conversation");
        getStyleClass().add("conversation");
        setTop(header(chat, () -> showDetails.accept(model.get())));

        list.setId("messages");
        list.getStyleClass().add("messages");
        list.setCellFactory(v -> new MessageCell(model::get, clock, list));
        list.setFocusTraversable(true);
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                showMenuOfFocusedRow();
                e.consume();
            }
        });
        StackPane centre = new StackPane(list, empty);
        setCenter(centre);
        setBottom(composerArea());
        list.skinProperty().addListener((o, a, b) -> watchEnds());
    }

    /**
     * Runs {@code then} once {@code vm}'s newest page is in (reading it takes a few milliseconds), or after
     * {@link #PAGE_WAIT} at the latest: showing an opened conversation then lays out and draws its page
     * once, instead of an empty conversation first and the page a frame later.
     */
    public static void whenPageIn(ConversationViewModel vm, Runnable then) {
        if (!vm.loadingProperty().get()) {
            then.run();
            return;
        }
        PauseTransition late = new PauseTransition(PAGE_WAIT);
        Subscription[] loaded = new Subscription[1];
        boolean[] ran = new boolean[1];
        Runnable once = () -> {
            if (!ran[0]) {
                ran[0] = true;
                late.stop();
                loaded[0].unsubscribe();
                then.run();
            }
        };
        loaded[0] = vm.loadingProperty().subscribe((was, loading) -> {
            if (!loading) {
                once.run();
            }
        });
        late.setOnFinished(e -> once.run());
        late.play();
    }

    /** Shows {@code vm}'s conversation in place of the one shown before. */
    public void show(ConversationViewModel vm) {
        ConversationViewModel before = model.get();
        shown.unsubscribe();
        if (before != null) {
            composer.textProperty().unbindBidirectional(before.draftProperty());
        }
        olderRequested = false;
        newerTop = -1;
        armed = false;
        model.set(vm);
        list.setItems(vm.rows());
        vm.rows().addListener(rowsListener);
        composer.textProperty().bindBidirectional(vm.draftProperty());
        empty.visibleProperty().bind(Bindings.isEmpty(vm.rows()).and(vm.loadingProperty().not()));
        typing.visibleProperty().bind(vm.peerTypingProperty());
        subtitle.visibleProperty().bind(vm.peerTypingProperty().not());
        error.bind(vm.busy().errorProperty());
        left.bind(vm.leftProperty());
        shown = Subscription.combine(
                () -> vm.rows().removeListener(rowsListener),
                vm.loadingProperty().subscribe(loading -> {
                    if (!loading) {
                        olderRequested = false;
                        newerTop = -1;
                    }
                }),
                vm.editingProperty().subscribe((a, b) -> {
                    updateBanner.run();
                    if (b != null) {
                        composer.requestFocus();
                        composer.positionCaret(composer.getLength());
                    }
                }),
                vm.replyToProperty().subscribe((a, b) -> {
                    updateBanner.run();
                    if (b != null) {
                        composer.requestFocus();
                    }
                }));
        updateBanner.run();
        if (!vm.rows().isEmpty()) {
            scrollToEnd();
        }
    }

    private void rowsChanged(ListChangeListener.Change<? extends Row> c) {
        ConversationViewModel vm = model.get();
        while (c.next()) {
            if (c.wasAdded() && c.getFrom() == 0 && olderRequested) {
                // an older page came in above: keep the message that was on top where it was
                olderRequested = false;
                list.scrollTo(c.getAddedSize());
            } else if (c.wasRemoved() && !c.wasAdded() && c.getFrom() == 0 && newerTop >= 0) {
                // a newer page came in below and the oldest rows went: keep the rows on screen where they were
                list.scrollTo(Math.max(0, newerTop - c.getRemovedSize()));
                newerTop = -1;
            } else if (c.wasAdded() && c.getTo() == vm.rows().size() && newerTop < 0 && !vm.hasNewerProperty().get()) {
                scrollToEnd();
            }
        }
    }

    private Node header(ObservableValue<ChatItem> chat, Runnable showDetails) {
        AvatarView avatar = new AvatarView(36);
        Label title = new Label();
        title.setId("conversation-title");
        title.getStyleClass().add("title-4");
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
        // weakly: the chat property outlives this view (it is the main window's), and must not keep it
        chatListener = (o, a, b) -> update.run();
        chat.addListener(new javafx.beans.value.WeakChangeListener<>(chatListener));
        update.run();
        typing.setId("typing-indicator");
        typing.getStyleClass().addAll("typing", "text-small");
        typing.managedProperty().bind(typing.visibleProperty());
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
        cancel.setOnAction(e -> model.get().cancelCompose());
        HBox banner = new HBox(8, Icons.of(Feather.CORNER_UP_LEFT, 14), bannerText, cancel);
        banner.setId("compose-banner");
        banner.getStyleClass().add("compose-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        updateBanner = () -> {
            MessageItem edit = model.get().editingProperty().get();
            MessageItem reply = model.get().replyToProperty().get();
            banner.setVisible(edit != null || reply != null);
            banner.setManaged(banner.isVisible());
            bannerText.setText(edit != null ? t("conversation.editing") : reply != null
                    ? t("conversation.replyingTo", reply.message().body()) : "");
        };

        composer.setId("composer");
        composer.setPromptText(t("conversation.composer.prompt"));
        composer.setWrapText(true);
        composer.setPrefRowCount(1);
        composer.setAccessibleText(t("conversation.composer.prompt"));
        composer.addEventFilter(KeyEvent.KEY_PRESSED, this::composerKey);
        FileDrops.install(this, composer, files -> model.get().attach(files), image -> model.get().attachImage(image));
        composer.disableProperty().bind(left);
        HBox.setHgrow(composer, Priority.ALWAYS);
        composer.textProperty().addListener((o, a, b) -> composer.setPrefRowCount(Math.min(6, Math.max(1, b == null ? 1 : b.split("\n", -1).length))));

        Button emoji = Icons.button(Feather.SMILE, t("conversation.emoji"), "emoji-button");
        // sixty buttons: made on the first click, not with every conversation opened
        ContextMenu[] picker = new ContextMenu[1];
        emoji.setOnAction(e -> {
            if (picker[0] == null) {
                picker[0] = Emoji.picker(chosen -> {
                    composer.insertText(composer.getCaretPosition(), chosen);
                    composer.requestFocus();
                });
            }
            picker[0].show(emoji, javafx.geometry.Side.TOP, 0, 0);
        });
        emoji.disableProperty().bind(left);
        Button send = Icons.button(Feather.SEND, t("conversation.send"), "send");
        send.getStyleClass().add("accent");
        send.setOnAction(e -> model.get().send());
        send.disableProperty().bind(left.or(Bindings.createBooleanBinding(
                () -> composer.getText() == null || composer.getText().isBlank(), composer.textProperty())));
        Button attach = Icons.button(Feather.PAPERCLIP, t("conversation.attach"), "attach-button");
        attach.setOnAction(e -> {
            java.util.List<java.io.File> chosen = new javafx.stage.FileChooser().showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                model.get().attach(chosen.stream().map(java.io.File::toPath).toList());
            }
        });
        attach.disableProperty().bind(left);
        HBox row = new HBox(6, attach, emoji, composer, send);
        row.setAlignment(Pos.BOTTOM_LEFT);
        leftNote.getStyleClass().add("text-muted");
        leftNote.visibleProperty().bind(left);
        leftNote.managedProperty().bind(leftNote.visibleProperty());
        VBox box = new VBox(4, banner, Forms.whenSet(error, "conversation-error", "danger"), leftNote, row);
        box.getStyleClass().add("composer-area");
        return box;
    }

    private void composerKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                composer.insertText(composer.getCaretPosition(), "\n");
            } else {
                model.get().send();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && model.get().cancelCompose()) {
            e.consume();
        } else if (e.getCode() == KeyCode.UP && composer.getText().isEmpty()) {
            editLastOwn();
            e.consume();
        }
    }

    /** Up in an empty composer edits our newest message, as in most messengers. */
    private void editLastOwn() {
        ConversationViewModel vm = model.get();
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
            if (n instanceof MessageCell c && c.getIndex() == i && c.menu() != null) {
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
        list.scrollTo(list.getItems().size() - 1);
        javafx.application.Platform.runLater(() -> {
            list.scrollTo(list.getItems().size() - 1);
            armed = true;
        });
    }

    /**
     * Loads the older page when the list is scrolled to its very top (the flow's position reaches 0), and the
     * newer page when it is scrolled to the bottom while newer messages were dropped.
     */
    private void watchEnds() {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.positionProperty().addListener((o, a, p) -> {
                ConversationViewModel vm = model.get();
                if (vm == null || !armed || vm.loadingProperty().get()) {
                    return;
                }
                if (p.doubleValue() <= 0 && a.doubleValue() > 0 && vm.hasOlderProperty().get()) {
                    olderRequested = true;
                    vm.loadOlder();
                } else if (p.doubleValue() >= 1 && a.doubleValue() < 1 && vm.hasNewerProperty().get()) {
                    var top = flow.getFirstVisibleCell();
                    newerTop = top == null ? 0 : top.getIndex();
                    vm.loadNewer();
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

    /** The conversation shown, {@code null} before the first. */
    public ConversationViewModel model() {
        return model.get();
    }
}
