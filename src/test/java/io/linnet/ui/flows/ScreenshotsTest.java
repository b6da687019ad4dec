package io.linnet.ui.flows;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ui.Session;
import io.linnet.ui.common.ImageBytes;
import io.linnet.ui.theme.ThemeChoice;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

/**
 * Renders every main screen to PNG, light and dark, into target/screenshots (and, with
 * {@code -Dscreenshots.out=docs/screenshots}, into the README's pictures). Each picture must show a real
 * screen: many colours, not a blank window.
 */
class ScreenshotsTest extends DesktopUiTest {
    private final List<Path> outs = outputs();

    private static List<Path> outputs() {
        String extra = System.getProperty("screenshots.out", "");
        return extra.isBlank() ? List.of(Path.of("target", "screenshots")) : List.of(Path.of("target", "screenshots"), Path.of(extra));
    }

    /** Saves the window in both themes as {@code name-light.png} and {@code name-dark.png}. */
    void shoot(String name) throws Exception {
        for (ThemeChoice t : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            fx(() -> {
                themes().choiceProperty().set(t);
                return null;
            });
            // a few pulses, so the message list has settled its cell sizes
            for (int i = 0; i < 4; i++) {
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                Thread.sleep(100);
            }
            WritableImage img = fx(() -> stage.getScene().snapshot(null));
            assertTrue(colours(img) >= 16, name + " in " + t + " shows a real screen");
            for (Path dir : outs) {
                Files.createDirectories(dir);
                try (OutputStream out = Files.newOutputStream(dir.resolve(name + "-" + t.name().toLowerCase() + ".png"))) {
                    ImageBytes.writePng(img, out);
                }
            }
        }
        fx(() -> {
            themes().choiceProperty().set(ThemeChoice.LIGHT);
            return null;
        });
    }

    private io.linnet.ui.theme.Themes themes() {
        return shellThemes;
    }

    static int colours(WritableImage img) {
        Set<Integer> seen = new HashSet<>();
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(r.getArgb(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void everyMainScreenInLightAndDark() throws Exception {
        show(dir.resolve("first-run"), Optional.empty());
        visible("#welcome");
        shoot("welcome");
        click("#create-identity");
        type("#nickname", "Alice");
        type("#password", "correct horse battery");
        type("#password-confirm", "correct horse battery");
        shoot("create-identity");

        Session alice = window("alice");
        fx(() -> {
            shell.quit();
            return null;
        });
        until(() -> exits.get() == 1, "closed");
        show(dir.resolve("alice"), Optional.empty());
        visible("#unlock-view");
        shoot("unlock");
        type("#unlock-password", DesktopTestbed.PW);
        click("#unlock");
        visible("#main");
        alice = mine();
        Messenger a = alice.messenger();

        Session bob = other("Bob");
        Session carol = other("Carol");
        Session dave = other("Dave");
        DesktopTestbed.connect(a, bob.messenger());
        DesktopTestbed.connect(a, carol.messenger());
        Messenger b = bob.messenger();
        DesktopTestbed.await(b.sendText(a.address(), "Hi Alice! Did the new relay on your laptop work?"));
        // messages are ordered by their whole-second wire time: let each answer come a second later
        Thread.sleep(1100);
        StoredMessage mine = DesktopTestbed.await(a.sendText(b.address(), "It did. Linnet found it on 127.0.0.1 and has been running all morning."));
        Thread.sleep(1100);
        DesktopTestbed.await(b.sendText(a.address(), "Great. I'll add my office computer as a second relay."));
        DesktopTestbed.until(() -> a.history(b.address(), 10).size() == 3, "the first messages");
        StoredMessage question = a.history(b.address(), 10).get(2);
        Thread.sleep(1100);
        DesktopTestbed.await(a.reply(b.address(), question.key().messageId(), "Good idea. Send me its address when it is up."));
        DesktopTestbed.await(a.react(question.key(), "👍"));
        DesktopTestbed.await(a.edit(mine.key(), "It did. Linnet found it on 127.0.0.1 and has been running since this morning."));
        StoredMessage oops = DesktopTestbed.await(b.sendText(a.address(), "(sent to the wrong chat)"));
        DesktopTestbed.await(b.deleteForEveryone(oops.key()));
        DesktopTestbed.until(() -> a.message(new MessageKey(b.address(), oops.key().messageId())).map(StoredMessage::deleted).orElse(false), "delete arrives");
        Thread.sleep(1100);
        Path files = Files.createTempDirectory("linnet-screenshot-files");
        DesktopTestbed.await(b.files().send(a.address(), gradientPng(files.resolve("relay-room.png"), 480, 300)));
        Thread.sleep(1100);
        DesktopTestbed.await(b.files().send(a.address(), Files.write(files.resolve("relay-setup.pdf"), new byte[180_000])));
        DesktopTestbed.until(() -> a.files().inConversation(b.address()).size() == 2 && a.files().inConversation(b.address()).stream()
                .anyMatch(f -> f.state() == io.linnet.chat.store.TransferState.COMPLETE), "the photo downloaded and the document offered");
        Thread.sleep(1100);
        StoredMessage last = DesktopTestbed.await(b.sendText(a.address(), "Here it is: I'll paste it into the contacts screen."));
        DesktopTestbed.await(b.react(new MessageKey(a.address(), mine.key().messageId()), "❤️"));
        DesktopTestbed.await(carol.messenger().sendText(a.address(), "Are we still on for Friday?"));
        DesktopTestbed.await(carol.messenger().sendText(a.address(), "I booked the table for seven."));
        DesktopTestbed.await(dave.messenger().addContact(a.address()));
        DesktopTestbed.until(() -> a.history(carol.messenger().address(), 10).size() == 2
                && a.history(b.address(), 10).stream().anyMatch(m -> m.key().messageId().equals(last.key().messageId())), "all arrived");
        Address bobAddress = b.address();
        fx(() -> {
            shell.mainModel().open(bobAddress, false);
            return null;
        });
        visible("#conversation");
        until(() -> shell.mainView().conversationView().model().rows().size() == 9, "the day and eight messages");
        DesktopTestbed.await(b.typing(a.address()));
        Thread.sleep(600);
        shoot("chat");

        click("#open-contacts");
        visible("#requests-section");
        shoot("contacts");
        click("#close-panel");

        click("#open-new-group");
        visible("#new-group");
        type("#group-name", "Friday dinner");
        until(() -> robot.lookup(".member-check").queryAll().size() == 2, "contacts to pick");
        for (javafx.scene.Node box : robot.lookup(".member-check").queryAll()) {
            robot.clickOn(box);
        }
        click("#hide-participants");
        shoot("new-group");
        click("#create-group");
        visible("#conversation");
        io.linnet.chat.store.Group g = a.groups().all().getFirst();
        DesktopTestbed.until(() -> b.groups().find(g.address()).isPresent() && carol.messenger().groups().find(g.address()).isPresent(), "joined");
        type("#composer", "Dinner on Friday at seven. Who is in?");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        DesktopTestbed.await(b.sendText(g.address(), "Count me in!"));
        DesktopTestbed.await(carol.messenger().sendText(g.address(), "Me too. I'll bring dessert."));
        until(() -> shell.mainView().conversationView().model().rows().size() >= 4, "the group's messages");
        shoot("group-chat");
        click("#conversation-details");
        until(() -> robot.lookup(".member-row").queryAll().size() == 3, "members");
        shoot("group-details");
        click("#close-panel");

        click("#open-settings");
        visible("#settings-page");
        shoot("settings");
    }
}
