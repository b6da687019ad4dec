package io.linnet.ui.conversation;

import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Opens a file with the desktop's application for it. Blocks: call it in the background, never on the FX thread. */
final class FileOpener {
    private FileOpener() {
    }

    /**
     * @throws UnsupportedOperationException this desktop cannot open files (headless, no file associations)
     * @throws UncheckedIOException the file is gone or no application could open it
     */
    static void open(Path file) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new UnsupportedOperationException("this desktop cannot open files; use Save as");
        }
        try {
            Desktop.getDesktop().open(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
