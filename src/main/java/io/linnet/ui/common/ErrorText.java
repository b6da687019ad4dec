package io.linnet.ui.common;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.identity.InvalidBackupException;
import io.linnet.ixian.wallet.WrongPasswordException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/** One plain sentence for what went wrong, for the person at the screen. */
public final class ErrorText {
    private ErrorText() {}

    public static String of(Throwable error) {
        Throwable e = UiThreads.unwrap(error);
        if (e instanceof WrongPasswordException) {
            return I18n.t("error.wrongPassword");
        }
        if (e instanceof InvalidBackupException b) {
            return switch (b.reason()) {
                case NOT_A_BACKUP -> I18n.t("error.backup.notABackup");
                case UNSUPPORTED_FORMAT -> I18n.t("error.backup.tooNew");
                case DAMAGED -> I18n.t("error.backup.damaged");
            };
        }
        if (e instanceof FileAlreadyExistsException) {
            return I18n.t("error.profileExists");
        }
        if (e instanceof NoSuchFileException f) {
            return I18n.t("error.noSuchFile", f.getFile());
        }
        if (e instanceof ChatException || e instanceof IllegalArgumentException) {
            return sentence(e.getMessage());
        }
        return I18n.t("error.generic", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String sentence(String s) {
        if (s == null || s.isEmpty()) {
            return I18n.t("error.generic", "");
        }
        String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }
}
