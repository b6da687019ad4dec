package io.linnet.ui.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ui.Session;
import io.linnet.ui.conversation.ConversationView;
import io.linnet.ui.conversation.MessageItem;
import io.linnet.ui.conversation.Row;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A conversation through the window: send, line breaks, receive, react, edit, delete, typing, receipts, paging. */
class ChatFlowTest extends DesktopUiTest {

    static Optional<StoredMessage> find(Messenger m, Messenger peer, String body) {
        return m.history(peer.address(), 500).stream().filter(s -> s.body().equals(body)).findFirst();
    }

    /** The cell that shows the message with {@code body} (it must be on screen). */
    Node cell(String body) throws Exception {
        until(() -> robot.lookup(".message-cell").queryAll().stream()
                .anyMatch(n -> n instanceof ListCell<?> c && c.getItem() instanceof MessageItem m && m.message().body().equals(body)), "a cell showing " + body);
        return fx(() -> robot.lookup(".message-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof MessageItem m && m.message().body().equals(body))
                .findFirst().orElseThrow());
    }

    /**
     * Opens a message's context menu from the keyboard (select the row, Shift+F10): headless Monocle sends
     * no context-menu event for a right click, and the keyboard path is the one to test anyway.
     */
    void menu(String body) throws Exception {
        robot.clickOn(cell(body));
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
    }

    MessageItem shown(String body) throws Exception {
        return shown().stream().filter(m -> m.message().body().equals(body)).findFirst().orElseThrow();
    }

    @Test
    void sendReceiveReactEditAndDelete() throws Exception {
        Pair p = connected("alice", "bob");
        Session bob = p.peer();
        Messenger a = p.a();
        Messenger b = p.b();
        openChatWith(bob);

        type("#composer", "hello bob");
        robot.type(KeyCode.ENTER);
        DesktopTestbed.until(() -> find(b, a, "hello bob").isPresent(), "bob gets it");
        assertEquals("", text("#composer"), "Enter sent the draft and emptied the composer");
        robot.write("line one").press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT).write("line two").type(KeyCode.ENTER);
        DesktopTestbed.until(() -> find(b, a, "line one\nline two").isPresent(), "Shift+Enter made a line break inside one message");

        StoredMessage hello = find(a, b, "hello bob").orElseThrow();
        DesktopTestbed.await(b.markRead(a.address()));
        until(() -> shown("hello bob").message().state() == MessageState.READ, "the read receipt reaches the bubble");
        assertTrue(fx(() -> ((javafx.scene.Parent) cell("hello bob")).lookup(".ticks.read") != null), "read ticks");

        a.events().subscribe(e -> System.err.println("EVENT " + e.getClass().getSimpleName()));
        // a notice is sent once and never queued: keep typing as a person would until it shows
        long end = System.nanoTime() + 20_000_000_000L;
        while (!fx(() -> robot.lookup("#typing-indicator").query().isVisible()) && System.nanoTime() < end) {
            b.typing(a.address());
            Thread.sleep(500);
        }
        visible("#typing-indicator");
        DesktopTestbed.await(b.sendText(a.address(), "hi alice"));
        until(() -> shown().stream().anyMatch(m -> m.message().body().equals("hi alice")), "bob's message shows");
        until(() -> !robot.lookup("#typing-indicator").query().isVisible(), "a message ends the typing indicator");
        // a message from bob counts as presence: the online dot and the header say so
        until(() -> shell.mainModel().chats().find(b.address()).map(c -> c.online()).orElse(false), "bob online in the chat list");
        until(() -> io.linnet.ui.common.I18n.t("conversation.online").equals(text("#conversation-subtitle")), "online in the header");

        // react to bob's message from its context menu
        menu("hi alice");
        click("#menu-react");
        click("#react-0");
        StoredMessage hiAtBob = find(b, a, "hi alice").orElseThrow();
        DesktopTestbed.until(() -> b.reactions(hiAtBob.key()).stream().anyMatch(r -> r.reaction().equals("👍")), "bob sees the reaction");
        until(() -> shown("hi alice").myReaction().equals("👍"), "the reaction chip shows");

        // edit our message
        menu("hello bob");
        click("#menu-edit");
        visible("#compose-banner");
        assertEquals("hello bob", text("#composer"));
        retype("#composer", "hello bob (edited)");
        robot.type(KeyCode.ENTER);
        MessageKey atBob = new MessageKey(a.address(), hello.key().messageId());
        DesktopTestbed.until(() -> b.message(atBob).map(m -> m.body().equals("hello bob (edited)") && m.edited()).orElse(false), "bob sees the edit");
        until(() -> shown().stream().anyMatch(m -> m.message().body().equals("hello bob (edited)") && m.message().edited()), "edited here too");
        assertTrue(fx(() -> ((javafx.scene.Parent) cell("hello bob (edited)")).lookup(".edited") != null), "the 'edited' mark");

        // delete it for everyone
        menu("hello bob (edited)");
        click("#menu-delete");
        DesktopTestbed.until(() -> b.message(atBob).map(StoredMessage::deleted).orElse(false), "bob sees the delete");
        until(() -> shown().stream().anyMatch(m -> m.message().key().equals(hello.key()) && m.message().deleted()), "a tombstone here");
        assertTrue(fx(() -> robot.lookup(".body-deleted").tryQuery().isPresent()), "the 'deleted' mark");
    }

    /** Whether a message cell on screen shows {@code body}. */
    boolean onScreen(String body) throws Exception {
        return fx(() -> robot.lookup(".message-cell").queryAll().stream().anyMatch(n -> n instanceof ListCell<?> c
                && c.getItem() instanceof MessageItem m && m.message().body().equals(body) && DesktopUiTest.shown(c)));
    }

    @Test
    void switchingChatsShowsEachInTheOneViewAndSendsToTheShownOne() throws Exception {
        Pair p = connected("alice", "bob");
        Messenger a = p.a();
        Messenger b = p.b();
        Messenger c = other("carol").messenger();
        DesktopTestbed.connect(a, c);
        DesktopTestbed.await(b.sendText(a.address(), "from bob"));
        DesktopTestbed.await(c.sendText(a.address(), "from carol"));
        DesktopTestbed.until(() -> find(a, c, "from carol").isPresent() && find(a, b, "from bob").isPresent(), "both arrive");

        fx(() -> {
            shell.mainModel().open(b.address(), false);
            return null;
        });
        until(() -> onScreen("from bob"), "bob's message in the list");
        ConversationView first = fx(() -> shell.mainView().conversationView());
        type("#composer", "half a thought for bob");

        fx(() -> {
            shell.mainModel().open(c.address(), false);
            return null;
        });
        until(() -> onScreen("from carol"), "carol's message in the list");
        assertTrue(fx(() -> shell.mainView().conversationView() == first), "the same view shows the other chat");
        assertTrue(!onScreen("from bob"), "nothing of bob's chat is left on screen");
        assertEquals("carol", text("#conversation-title"));
        assertEquals("", text("#composer"), "bob's draft is not in carol's chat");
        type("#composer", "hi carol");
        robot.type(KeyCode.ENTER);
        DesktopTestbed.until(() -> find(c, a, "hi carol").isPresent(), "carol gets what was typed in her chat");
        until(() -> onScreen("hi carol"), "and it shows in her chat");
        assertTrue(find(b, a, "hi carol").isEmpty(), "bob does not get it");

        fx(() -> {
            shell.mainModel().open(b.address(), false);
            return null;
        });
        until(() -> onScreen("from bob") && !onScreen("hi carol"), "bob's chat again");
        assertEquals("half a thought for bob", text("#composer"), "with the draft left in it");
    }

    @Test
    void olderPagesLoadAtTheTopAndShortcutsWork() throws Exception {
        Pair p = connected("alice", "bob");
        Messenger a = p.a();
        Messenger b = p.b();
        int n = 70;
        for (int i = 1; i <= n; i++) {
            b.sendText(a.address(), "message " + i);
        }
        DesktopTestbed.until(() -> a.history(b.address(), 100).size() == n, "all of bob's messages arrive");

        // Ctrl+K, a few letters, Enter
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        visible("#quick-switcher");
        robot.write("bo").type(KeyCode.ENTER);
        visible("#conversation");
        until(() -> shown().size() == io.linnet.ui.conversation.ConversationViewModel.FIRST_PAGE, "the newest page");
        assertEquals("message " + n, shown().getLast().message().body());
        ConversationView view = fx(() -> shell.mainView().conversationView());
        fx(() -> {
            view.messageList().scrollTo(0);
            return null;
        });
        until(() -> shown().size() == n, "the older page loaded on reaching the top");
        assertEquals("message 1", shown().getFirst().message().body());
        long days = fx(() -> view.model().rows().stream().filter(r -> r instanceof Row.Day).count());
        assertEquals(1, days, "one day separator above today's messages");

        // Esc closes a panel; Ctrl+F goes to the search box, which finds message text
        click("#open-settings");
        visible("#settings-page");
        robot.type(KeyCode.ESCAPE);
        until(() -> robot.lookup("#settings-page").tryQuery().isEmpty(), "Esc closed the panel");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("message 42");
        until(() -> shell.mainModel().chats().hits().stream().anyMatch(h -> h.message().body().equals("message 42")), "the search finds the text");
        visible("#search-hits");
    }

    @Test
    void notificationsForChatsNotOnScreenAndNotWhenTurnedOff() throws Exception {
        Pair p = connected("alice", "bob");
        Session alice = p.mine();
        Session bob = p.peer();
        DesktopTestbed.await(bob.messenger().sendText(alice.messenger().address(), "first"));
        until(() -> notifications.size() == 1, "a notification for a chat that is not open");
        assertEquals("bob: first", notifications.getFirst());

        fx(() -> {
            shell.mainModel().prefs().notifications(false);
            return null;
        });
        DesktopTestbed.await(bob.messenger().sendText(alice.messenger().address(), "second"));
        DesktopTestbed.until(() -> alice.messenger().history(bob.messenger().address(), 10).size() == 2, "second arrives");
        Thread.sleep(500);
        assertEquals(1, notifications.size(), "notifications are off");

        // the open chat and the window's size are remembered for the next start
        Address bobAddress = bob.messenger().address();
        fx(() -> {
            shell.mainModel().open(bobAddress, false);
            return null;
        });
        visible("#conversation");
        fx(() -> {
            shell.quit();
            return null;
        });
        until(() -> exits.get() == 1, "quit");
        String saved = java.nio.file.Files.readString(dir.resolve("alice").resolve("desktop.properties"));
        assertTrue(saved.contains("lastChat=" + bobAddress) && saved.contains("window.width="), saved);
        show(dir.resolve("alice"), Optional.empty());
        type("#unlock-password", DesktopTestbed.PW);
        click("#unlock");
        until(() -> shell.mainModel() != null && shell.mainModel().conversationProperty().get() != null
                && bobAddress.equals(shell.mainModel().conversationProperty().get().conversation()), "the last chat opens again");
    }
}
