package io.linnet.ui.conversation;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged onto a node, or pasted into a text field (Ctrl/Cmd+V with files on the clipboard), go to
 * {@code send}; pasting text stays the field's own.
 */
final class FileDrops {
    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private FileDrops() {
    }

    static void install(Node target, TextInputControl field, Consumer<List<Path>> send) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !field.isDisabled()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = e.getDragboard().hasFiles() && !field.isDisabled();
            if (ok) {
                send.accept(paths(e.getDragboard().getFiles()));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && pasteFiles(Clipboard.getSystemClipboard(), send)) {
                e.consume();
            }
        });
    }

    /** Sends the clipboard's files, if it holds any; whether it did. */
    static boolean pasteFiles(Clipboard clipboard, Consumer<List<Path>> send) {
        if (!clipboard.hasFiles() || clipboard.getFiles().isEmpty()) {
            return false;
        }
        send.accept(paths(clipboard.getFiles()));
        return true;
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
