package io.linnet.ui.flows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.TransferState;
import io.linnet.ui.Session;
import io.linnet.ui.conversation.MessageItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files through the window: receive, accept, watch it move and finish; send by paste; cancel; image thumbnails. */
class FileFlowTest extends DesktopUiTest {
    @TempDir
    Path tmp;

    /** The item the window shows for the file named {@code name}, if any. */
    Optional<MessageItem> fileItem(String name) throws Exception {
        return shown().stream().filter(m -> m.file() != null && m.file().name().equals(name)).findFirst();
    }

    /** The on-screen cell of the file named {@code name}. */
    Node fileCell(String name) throws Exception {
        until(() -> fileItem(name).isPresent(), "a file message " + name);
        until(() -> robot.lookup(".message-cell").queryAll().stream().anyMatch(n -> holds(n, name)), "a cell showing " + name);
        return fx(() -> robot.lookup(".message-cell").queryAll().stream().filter(n -> holds(n, name)).findFirst().orElseThrow());
    }

    private static boolean holds(Node n, String name) {
        return n instanceof ListCell<?> c && c.getItem() instanceof MessageItem m && m.file() != null && m.file().name().equals(name);
    }

    static Optional<FileTransfer> transfer(Messenger m, Messenger peer, String name) {
        return m.files().inConversation(peer.address()).stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @Test
    void receiveAcceptSeeProgressAndOpenTheDownload() throws Exception {
        Pair p = connected("alice", "bob");
        Session bob = p.peer();
        Messenger a = p.a();
        Messenger b = p.b();
        openChatWith(bob);
        byte[] content = new byte[700 * 1024];
        new Random(7).nextBytes(content);
        Path file = Files.write(tmp.resolve("report.bin"), content);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        fx(() -> {
            shell.mainView().conversationView().model().rows().addListener((ListChangeListener<Object>) c -> {
                for (Object r : c.getList()) {
                    if (r instanceof MessageItem m && m.file() != null && m.file().state() == TransferState.TRANSFERRING) {
                        seen.add(m.file().bytesDone());
                    }
                }
            });
            return null;
        });

        DesktopTestbed.await(b.files().send(a.address(), file));
        Node cell = fileCell("report.bin");
        String details = fx(() -> ((javafx.scene.control.Labeled) cell.lookup(".file-details")).getText());
        assertTrue(details.contains("700.0 KB") && details.contains("application/octet-stream") && details.contains("offered"),
                "name, size, type and state are shown: " + details);
        click("#file-accept");

        until(() -> fileItem("report.bin").orElseThrow().file().state() == TransferState.COMPLETE, "the download complete");
        FileTransfer done = fileItem("report.bin").orElseThrow().file();
        assertArrayEquals(content, Files.readAllBytes(done.path()), "the downloaded file is the one sent");
        assertTrue(seen.stream().anyMatch(n -> n > 0 && n < content.length), "progress was shown on the way: " + seen);
        until(() -> fileCell("report.bin").lookup("#file-open") != null, "Open offered for the finished download");
        DesktopTestbed.until(() -> transfer(b, a, "report.bin").orElseThrow().state() == TransferState.COMPLETE,
                "the sender sees it complete");
    }

    @Test
    void pasteSendsAFileAndCancelStopsIt() throws Exception {
        Pair p = connected("alice", "bob");
        Session bob = p.peer();
        Messenger a = p.a();
        Messenger b = p.b();
        openChatWith(bob);
        Path file = Files.write(tmp.resolve("notes.txt"), "hello file".getBytes());
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putFiles(List.of(file.toFile()));
            Clipboard.getSystemClipboard().setContent(c);
            return null;
        });
        click("#composer");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        DesktopTestbed.until(() -> transfer(b, a, "notes.txt").isPresent(), "bob is offered the pasted file");
        assertEquals("", text("#composer"), "pasting a file puts no text in the composer");
        fileCell("notes.txt");
        assertEquals(TransferState.OFFERED, fileItem("notes.txt").orElseThrow().file().state());
        click("#file-cancel");
        until(() -> fileItem("notes.txt").orElseThrow().file().state() == TransferState.CANCELLED, "the offer cancelled here");
        DesktopTestbed.until(() -> transfer(b, a, "notes.txt").orElseThrow().state() == TransferState.CANCELLED,
                "bob sees it cancelled");
    }

    @Test
    void pastingAPictureWithoutAFileSendsItAsAPng() throws Exception {
        Pair p = connected("alice", "bob");
        Session bob = p.peer();
        Messenger a = p.a();
        Messenger b = p.b();
        openChatWith(bob);
        fx(() -> {
            javafx.scene.image.WritableImage shot = new javafx.scene.image.WritableImage(64, 32);
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 64; x++) {
                    shot.getPixelWriter().setArgb(x, y, 0xFF000000 | x * 4 << 16 | y * 8);
                }
            }
            ClipboardContent c = new ClipboardContent();
            c.putImage(shot);
            Clipboard.getSystemClipboard().setContent(c);
            return null;
        });
        click("#composer");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        DesktopTestbed.until(() -> b.files().recent(10).stream().anyMatch(f -> f.name().startsWith("Pasted image ")
                && f.name().endsWith(".png") && f.state() == TransferState.COMPLETE), "bob gets the picture (an image: accepted on its own)");
        io.linnet.chat.store.FileTransfer got = b.files().recent(10).getFirst();
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(got.path().toFile());
        assertEquals(64, img.getWidth());
        assertEquals(0xFF000000 | 10 * 4 << 16 | 3 * 8, img.getRGB(10, 3), "the pixels as pasted");
        assertEquals("", text("#composer"), "pasting a picture puts no text in the composer");
        until(() -> fileItem(got.name()).isPresent(), "alice sees her picture in the chat");
    }

    @Test
    void aSmallImageArrivesOnItsOwnWithAThumbnail() throws Exception {
        Pair p = connected("alice", "bob");
        Session bob = p.peer();
        Messenger a = p.a();
        Messenger b = p.b();
        openChatWith(bob);
        Path png = gradientPng(tmp.resolve("sunset.png"), 400, 200);
        DesktopTestbed.await(b.files().send(a.address(), png));
        until(() -> fileItem("sunset.png").map(m -> m.thumbnail() != null).orElse(false), "the image auto-accepted with a thumbnail");
        MessageItem m = fileItem("sunset.png").orElseThrow();
        assertEquals(240, m.thumbnail().getWidth(), 0.5, "scaled to the thumbnail size");
        assertEquals(120, m.thumbnail().getHeight(), 0.5, "keeping the ratio");
        Node cell = fileCell("sunset.png");
        ImageView view = fx(() -> (ImageView) cell.lookup(".file-thumbnail"));
        assertNotNull(view, "the cell shows the thumbnail");
    }

    @Test
    void settingsChangeTheSizesAndListTheDownloads() throws Exception {
        Pair p = connected("alice", "bob");
        Messenger a = p.a();
        Messenger b = p.b();
        Path png = Files.write(tmp.resolve("tiny.png"), new byte[] {1, 2, 3});
        DesktopTestbed.await(b.files().send(a.address(), png));
        DesktopTestbed.until(() -> transfer(a, b, "tiny.png").isPresent(), "alice is offered a file");
        click("#open-settings");
        visible("#files-max");
        until(() -> text("#files-max").equals("100") && text("#files-auto-accept").equals("5"), "the current sizes shown");
        until(() -> fx(() -> ((javafx.scene.control.ListView<?>) robot.lookup("#downloads").query()).getItems().size()) == 1,
                "the downloads list shows the transfer");
        retype("#files-auto-accept", "abc");
        click("#save-files");
        until(() -> !text("#files-error").isEmpty(), "a size that is no number is refused");
        assertEquals(io.linnet.chat.api.FileSettings.DEFAULTS, a.files().settings(), "nothing was saved");
        retype("#files-auto-accept", "0.5");
        retype("#files-max", "20");
        click("#save-files");
        DesktopTestbed.until(() -> a.files().settings().equals(new io.linnet.chat.api.FileSettings(20L << 20, 512L << 10)),
                "the engine has the new sizes");
    }
}
