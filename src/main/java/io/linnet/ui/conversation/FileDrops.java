package io.linnet.ui.conversation;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged onto a node, or pasted into a text field (Ctrl/Cmd+V with files on the clipboard), go to
 * {@code send}; a picture without a file (a screenshot, an image copied or dragged from a browser) goes
 * to {@code sendImage}; pasting text stays the field's own.
 */
final class FileDrops {
    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private FileDrops() {
    }

    static void install(Node target, TextInputControl field, Consumer<List<Path>> send, Consumer<Image> sendImage) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if ((e.getDragboard().hasFiles() || e.getDragboard().hasImage()) && !field.isDisabled()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = !field.isDisabled() && take(e.getDragboard(), send, sendImage);
            e.setDropCompleted(ok);
            e.consume();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && take(Clipboard.getSystemClipboard(), send, sendImage)) {
                e.consume();
            }
        });
    }

    /** Sends the clipboard's (or drop's) files, else its picture, if it holds either; whether it did. */
    static boolean take(Clipboard clipboard, Consumer<List<Path>> send, Consumer<Image> sendImage) {
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            send.accept(paths(clipboard.getFiles()));
            return true;
        }
        Image image = clipboard.hasImage() ? clipboard.getImage() : null;
        if (image == null || image.isError() || image.getWidth() <= 0) {
            return false;
        }
        sendImage.accept(image);
        return true;
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
