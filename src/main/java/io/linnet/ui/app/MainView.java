package io.linnet.ui.app;

import static io.linnet.ui.common.I18n.t;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Group;
import io.linnet.ui.ProfileGate;
import io.linnet.ui.chats.ChatListView;
import io.linnet.ui.common.AvatarView;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import io.linnet.ui.contacts.ContactDetailsView;
import io.linnet.ui.contacts.ContactDetailsViewModel;
import io.linnet.ui.contacts.ContactsView;
import io.linnet.ui.contacts.ContactsViewModel;
import io.linnet.ui.conversation.ConversationView;
import io.linnet.ui.conversation.ConversationViewModel;
import io.linnet.ui.conversation.ConversationWarmup;
import io.linnet.ui.groups.GroupDetailsView;
import io.linnet.ui.groups.GroupDetailsViewModel;
import io.linnet.ui.groups.NewGroupView;
import io.linnet.ui.groups.NewGroupViewModel;
import io.linnet.ui.settings.SettingsView;
import io.linnet.ui.settings.SettingsViewModel;
import io.linnet.ui.theme.Themes;
import java.util.concurrent.CompletionStage;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window: the chat list on the left, the conversation on the right, panels (contacts,
 * settings, new group, details) over the conversation, the quick switcher over everything. Keyboard:
 * Ctrl+K quick switch, Ctrl+F search, Ctrl+N new group, Ctrl+, settings, Esc closes the top panel.
 */
public final class MainView extends StackPane {
    private static final KeyCombination QUICK = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW_GROUP = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    private final MainViewModel vm;
    private final ProfileGate gate;
    private final Themes themes;
    private final ChatListView chatList;
    private final StackPane right = new StackPane();
    private final Node placeholder;
    private Node panel;
    private Runnable panelUnlisten = () -> { };
    private QuickSwitcher quick;
    /** Made once, on the first open or the warm-up, and kept under the placeholder and panels. */
    private ConversationView conversationView;
    /** The conversation opened last, shown when its page is in. */
    private ConversationViewModel waitingFor;
    private final Timeline networkTimer;

    public MainView(MainViewModel vm, ProfileGate gate, Themes themes) {
        this.vm = vm;
        this.gate = gate;
        this.themes = themes;
        setId("main");
        chatList = new ChatListView(vm.chats(), vm.clock(), vm::open);
        placeholder = placeholder();
        VBox left = new VBox(10, sidebarHeader(), chatList, statusBar());
        left.getStyleClass().add("sidebar");
        VBox.setVgrow(chatList, javafx.scene.layout.Priority.ALWAYS);
        left.setMinWidth(260);
        left.setPrefWidth(320);
        right.getStyleClass().add("content");
        right.getChildren().add(placeholder);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(left, false);
        getChildren().add(split);

        vm.conversationProperty().addListener((o, a, b) -> showConversation(b));
        vm.chats().visible().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            ConversationViewModel open = vm.conversationProperty().get();
            if (open != null) {
                chatList.showSelected(open.conversation());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        sceneProperty().addListener((o, a, sc) -> bindActive());
        networkTimer = new Timeline(new KeyFrame(Duration.seconds(2), e -> vm.refreshNetwork()));
        networkTimer.setCycleCount(Timeline.INDEFINITE);
        networkTimer.play();
    }

    private Node sidebarHeader() {
        AvatarView me = new AvatarView(36);
        Runnable showMe = () -> me.show(vm.messenger().address().toString(), vm.myAvatarProperty().get());
        vm.myAvatarProperty().addListener((o, a, b) -> showMe.run());
        showMe.run();
        Label name = new Label();
        name.setId("my-name");
        name.getStyleClass().add("text-bold");
        name.textProperty().bind(vm.myNameProperty());
        name.setMinWidth(0);
        Button contacts = Icons.button(Feather.USER_PLUS, t("main.contacts"), "open-contacts");
        contacts.setOnAction(e -> showContacts(null));
        Label badge = new Label();
        badge.getStyleClass().add("request-badge");
        badge.setId("requests-badge");
        badge.textProperty().bind(vm.requestsProperty().asString());
        badge.visibleProperty().bind(vm.requestsProperty().greaterThan(0));
        badge.setMouseTransparent(true);
        StackPane contactsWithBadge = new StackPane(contacts, badge);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        Button group = Icons.button(Feather.USERS, t("main.newGroup"), "open-new-group");
        group.setOnAction(e -> showNewGroup());
        Button settings = Icons.button(Feather.SETTINGS, t("main.settings"), "open-settings");
        settings.setOnAction(e -> showSettings());
        HBox bar = new HBox(8, me, name, Forms.hgrow(), contactsWithBadge, group, settings);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("sidebar-header");
        return bar;
    }

    private Node statusBar() {
        Circle dot = new Circle(4);
        dot.getStyleClass().add("status-dot");
        vm.onlineProperty().addListener((o, a, b) -> dot.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("online"), b));
        Label line = new Label();
        line.setId("network-status");
        line.getStyleClass().addAll("text-small", "text-muted");
        line.textProperty().bind(vm.networkLineProperty());
        line.setMinWidth(0);
        HBox bar = new HBox(6, dot, line);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private Node placeholder() {
        ImageView logo = new ImageView(new Image(java.util.Objects.requireNonNull(
                MainView.class.getResource("/io/linnet/ui/icons/linnet-128.png")).toExternalForm(), 72, 72, true, true));
        logo.setOpacity(0.7);
        Label title = Forms.title(t("main.empty.title"));
        Label text = Forms.note(t("main.empty.text"));
        text.setMaxWidth(380);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button add = Forms.accent(t("main.empty.add"), "empty-add-contact");
        add.setOnAction(e -> showContacts(null));
        VBox box = new VBox(12, logo, title, text, add);
        box.setAlignment(Pos.CENTER);
        box.setId("no-conversation");
        return box;
    }

    /**
     * Shows {@code c} once its newest page is in (see {@link ConversationView#whenPageIn}); the chat list
     * marks it at once.
     */
    private void showConversation(ConversationViewModel c) {
        waitingFor = c;
        if (c == null) {
            present(null);
            return;
        }
        chatList.showSelected(c.conversation());
        ConversationView.whenPageIn(c, () -> {
            if (waitingFor == c) {
                present(c);
            }
        });
    }

    private void present(ConversationViewModel c) {
        if (conversationShown()) {
            conversationView.model().activeProperty().unbind();
            conversationView.model().activeProperty().set(false);
        }
        closePanel();
        placeholder.setVisible(c == null);
        if (c == null) {
            if (conversationView != null) {
                conversationView.setVisible(false);
            }
            return;
        }
        ConversationView view = reusedConversationView();
        if (view.model() != c) {
            view.show(c);
        }
        view.setVisible(true);
        bindActive();
        view.focusComposer();
    }

    /** Whether a conversation is on screen (the view is hidden until the first open and after a close). */
    private boolean conversationShown() {
        return conversationView != null && conversationView.isVisible();
    }

    private ConversationView reusedConversationView() {
        if (conversationView == null) {
            conversationView = new ConversationView(vm.currentChatProperty(), vm.clock(), this::showDetails);
            conversationView.setVisible(false);
            right.getChildren().addFirst(conversationView);
        }
        return conversationView;
    }

    /**
     * Makes the conversation view ahead of the first open and warms it up while it is hidden, so that the
     * first open only fills it.
     */
    public CompletionStage<ConversationWarmup.Took> warmUpConversation() {
        return ConversationWarmup.run(reusedConversationView(), vm.messenger(), vm.threads(), vm.clock());
    }

    private void bindActive() {
        if (conversationShown() && getScene() != null && getScene().getWindow() != null) {
            conversationView.model().activeProperty().bind(getScene().getWindow().focusedProperty().and(getScene().getWindow().showingProperty()));
        }
    }

    private void showDetails(ConversationViewModel c) {
        if (c.group()) {
            GroupDetailsViewModel g = new GroupDetailsViewModel(vm.messenger(), vm.threads(), c.conversation());
            showPanel(new GroupDetailsView(g, this::closePanel), vm.listen(g::onEvent));
        } else {
            vm.threads().read(() -> vm.messenger().contacts().stream().filter(x -> x.address().equals(c.conversation())).findFirst(),
                    contact -> contact.ifPresent(this::showContactDetails));
        }
    }

    /** Opens the contacts panel, with {@code address} in the add field when given (an ixian: link). */
    public ContactsView showContacts(String address) {
        ContactsViewModel c = new ContactsViewModel(vm.messenger(), vm.threads());
        ContactsView v = new ContactsView(c, this::closePanel, this::showContactDetails);
        c.reload();
        showPanel(v, vm.listen(c::onEvent));
        if (address != null) {
            c.addressTextProperty().set(address);
        }
        v.focusAddress();
        return v;
    }

    public void showContactDetails(Contact contact) {
        ContactDetailsViewModel d = new ContactDetailsViewModel(vm.messenger(), vm.threads(), contact);
        showPanel(new ContactDetailsView(d, this::closePanel, () -> {
            closePanel();
            vm.open(contact.address(), false);
        }), vm.listen(d::onEvent));
    }

    public void showNewGroup() {
        NewGroupViewModel g = new NewGroupViewModel(vm.messenger(), vm.threads());
        showPanel(new NewGroupView(g, this::closePanel, (Group created) -> {
            closePanel();
            vm.chats().reload();
            vm.open(created.address(), true);
        }), () -> { });
    }

    public void showSettings() {
        SettingsViewModel s = new SettingsViewModel(vm.session(), gate, vm.prefs(), themes.choiceProperty(), vm.threads());
        showPanel(new SettingsView(s, this::closePanel), () -> { });
    }

    private void showPanel(Node p, Runnable unlisten) {
        closePanel();
        panel = p;
        panelUnlisten = unlisten;
        right.getChildren().add(p);
    }

    /** Closes the open panel; whether there was one. */
    public boolean closePanel() {
        if (panel == null) {
            return false;
        }
        right.getChildren().remove(panel);
        panel = null;
        panelUnlisten.run();
        panelUnlisten = () -> { };
        if (conversationShown()) {
            conversationView.focusComposer();
        }
        return true;
    }

    /** Opens the quick switcher (Ctrl+K). */
    public void openQuickSwitcher() {
        if (quick != null) {
            quick.focus();
            return;
        }
        quick = new QuickSwitcher(vm.chats().items(), vm::open, this::closeQuickSwitcher);
        getChildren().add(quick);
        quick.focus();
    }

    private boolean closeQuickSwitcher() {
        if (quick == null) {
            return false;
        }
        getChildren().remove(quick);
        quick = null;
        return true;
    }

    private void keys(KeyEvent e) {
        if (QUICK.match(e)) {
            openQuickSwitcher();
        } else if (SEARCH.match(e)) {
            closeQuickSwitcher();
            chatList.focusSearch();
        } else if (NEW_GROUP.match(e)) {
            showNewGroup();
        } else if (SETTINGS.match(e)) {
            showSettings();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (!closeQuickSwitcher() && !closePanel()) {
                return;
            }
        } else {
            return;
        }
        e.consume();
    }

    /** The open conversation's view, if any. */
    public ConversationView conversationView() {
        return conversationShown() ? conversationView : null;
    }

    /** Stops the status timer (the window is going away). */
    public void dispose() {
        networkTimer.stop();
        closePanel();
    }
}
