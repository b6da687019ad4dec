package io.linnet.ui.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.MemberStatus;
import io.linnet.ixian.address.Address;
import io.linnet.ui.Session;
import io.linnet.ui.conversation.MessageItem;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Groups through the window: a group with hidden participants, chat in it, details, rename, leave. */
class GroupFlowTest extends DesktopUiTest {

    static Optional<Group> group(Messenger m, String name) {
        return m.groups().all().stream().filter(g -> g.name().equals(name)).findFirst();
    }

    @Test
    void createAGroupWithHiddenParticipantsChatAndRenameIt() throws Exception {
        Session alice = window("alice");
        Session bob = other("bob");
        Session carol = other("carol");
        Messenger a = alice.messenger();
        DesktopTestbed.connect(a, bob.messenger());
        DesktopTestbed.connect(a, carol.messenger());

        click("#open-new-group");
        visible("#new-group");
        type("#group-name", "Hidden club");
        until(() -> robot.lookup(".member-check").queryAll().size() == 2, "both contacts to pick from");
        for (Node box : robot.lookup(".member-check").queryAll()) {
            robot.clickOn(box);
        }
        click("#hide-participants");
        click("#create-group");

        visible("#conversation");
        until(() -> "Hidden club".equals(text("#conversation-title")), "the new group is open");
        Group g = group(a, "Hidden club").orElseThrow();
        assertTrue(g.hideParticipants());
        DesktopTestbed.until(() -> group(bob.messenger(), "Hidden club").isPresent() && group(carol.messenger(), "Hidden club").isPresent(),
                "both members joined");
        // hidden: bob does not see carol's real address
        Address carolReal = carol.messenger().address();
        DesktopTestbed.until(() -> bob.messenger().groups().members(g.address()).size() >= 2, "bob knows the members");
        assertTrue(bob.messenger().groups().members(g.address()).stream()
                .noneMatch(m -> carolReal.equals(m.address()) || carolReal.equals(m.realAddress())), "carol is hidden from bob");

        type("#composer", "welcome to the club");
        robot.type(KeyCode.ENTER);
        DesktopTestbed.until(() -> carol.messenger().history(g.address(), 10).stream().anyMatch(m -> m.body().equals("welcome to the club")),
                "carol gets the owner's message");
        DesktopTestbed.await(bob.messenger().sendText(g.address(), "thanks for having me"));
        until(() -> shell.mainView().conversationView().model().rows().stream()
                .anyMatch(r -> r instanceof MessageItem m && m.message().body().equals("thanks for having me") && m.author().equals("bob")),
                "bob's message with his name");
        DesktopTestbed.until(() -> carol.messenger().history(g.address(), 10).stream().anyMatch(m -> m.body().equals("thanks for having me")),
                "the owner relays bob's message to carol");

        click("#conversation-details");
        visible("#group-details");
        until(() -> robot.lookup(".member-row").queryAll().size() == 3, "three members listed");
        String rows = fx(() -> robot.lookup(".member-row").queryAll().stream().map(GroupFlowTest::texts).reduce("", String::concat));
        assertTrue(rows.contains(carolReal.toString()), "the owner sees the real addresses: " + rows);
        retype("#group-rename", "Secret club");
        click("#save-group-name");
        DesktopTestbed.until(() -> group(bob.messenger(), "Secret club").isPresent(), "bob sees the new name");
        until(() -> "Secret club".equals(text("#group-title")), "renamed here");

        // members' files pass through the owner here: the owner sets the largest one passed on
        until(() -> "100".equals(text("#group-relay-limit")), "the relay limit starts at the size cap (100 MiB)");
        retype("#group-relay-limit", "many");
        click("#save-relay-limit");
        until(() -> !text("#group-relay-error").isEmpty(), "a size that is not a number is refused");
        assertEquals(100L * 1024 * 1024, a.files().groupRelayLimit(g.address()));
        retype("#group-relay-limit", "2.5");
        click("#save-relay-limit");
        DesktopTestbed.until(() -> a.files().groupRelayLimit(g.address()) == 2_621_440L, "the limit is stored");
        until(() -> fx(() -> robot.lookup("#group-relay-error").queryAs(Labeled.class).getText().isEmpty()), "the error went away");

        // the owner removes carol
        Node carolRow = fx(() -> robot.lookup(".member-row").queryAll().stream().filter(n -> texts(n).contains("carol")).findFirst().orElseThrow());
        robot.clickOn(fx(() -> ((javafx.scene.Parent) carolRow).lookup("#remove-member")));
        DesktopTestbed.until(() -> !io.linnet.ui.groups.GroupSelf.active(carol.messenger(), g.address()), "carol is out");
        until(() -> robot.lookup(".member-row").queryAll().size() == 2, "two members left");
    }

    @Test
    void leaveAGroupSomeoneElseOwns() throws Exception {
        Pair p = connected("alice", "bob");
        Messenger a = p.a();
        Messenger b = p.b();
        Group g = DesktopTestbed.await(b.groups().create("Bob's group", List.of(a.address()), false, List.of()));
        DesktopTestbed.await(b.sendText(g.address(), "hello members"));
        until(() -> shell.mainModel().chats().find(g.address()).isPresent(), "the group in alice's list");
        fx(() -> {
            shell.mainModel().open(g.address());
            return null;
        });
        visible("#conversation");
        until(() -> shell.mainView().conversationView().model().rows().stream()
                .anyMatch(r -> r instanceof MessageItem m && m.message().body().equals("hello members")), "the group's message");
        click("#conversation-details");
        visible("#group-details");
        until(() -> robot.lookup(".member-row").queryAll().size() == 2, "bob and alice listed");
        assertFalse(fx(() -> robot.lookup("#save-group-name").tryQuery().map(DesktopUiTest::shown).orElse(false)), "only the owner renames");
        assertFalse(fx(() -> robot.lookup("#group-relay-limit").tryQuery().map(DesktopUiTest::shown).orElse(false)),
                "only the owner of a hidden group relays files");
        click("#leave-group");
        click("#confirm-leave");
        DesktopTestbed.until(() -> b.groups().members(g.address()).stream()
                .anyMatch(m -> m.address().equals(a.address()) && m.status() != MemberStatus.ACTIVE)
                || b.groups().members(g.address()).stream().map(GroupMember::address).noneMatch(a.address()::equals), "bob sees alice leave");
        until(() -> robot.lookup("#composer").query().isDisabled(), "no composing in a group we left");
        assertTrue(fx(() -> robot.lookup("#send").queryAs(Button.class).isDisabled()));
    }

    private static String texts(Node n) {
        StringBuilder sb = new StringBuilder();
        if (n instanceof Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                sb.append(texts(c));
            }
        }
        return sb.toString();
    }
}
