package io.linnet.chat.files;

import io.linnet.chat.api.FileSettings;
import io.linnet.chat.store.Transaction;

/** {@link FileSettings} in the settings table ({@code files.max_bytes}, {@code files.auto_accept_images_up_to}). */
final class StoredFileSettings {
    static final String MAX_BYTES = "files.max_bytes";
    static final String AUTO_ACCEPT = "files.auto_accept_images_up_to";
    static final String GROUP_RELAY_LIMIT = "files.group_relay_limit.";

    private StoredFileSettings() {}

    static FileSettings read(Transaction tx) {
        long max = number(tx, MAX_BYTES, FileSettings.DEFAULT_MAX_BYTES);
        long auto = number(tx, AUTO_ACCEPT, FileSettings.DEFAULT_AUTO_ACCEPT_IMAGES);
        try {
            return new FileSettings(max, auto);
        } catch (IllegalArgumentException e) {
            return FileSettings.DEFAULTS;
        }
    }

    static void write(Transaction tx, FileSettings s) {
        tx.settings().put(MAX_BYTES, Long.toString(s.maxBytes()));
        tx.settings().put(AUTO_ACCEPT, Long.toString(s.autoAcceptImagesUpTo()));
    }

    /** The owner's relay limit for {@code group}: its own setting, else the size cap. */
    static long groupRelayLimit(Transaction tx, io.linnet.ixian.address.Address group) {
        return number(tx, GROUP_RELAY_LIMIT + group.withoutPublicKey(), read(tx).maxBytes());
    }

    static void setGroupRelayLimit(Transaction tx, io.linnet.ixian.address.Address group, long maxBytes) {
        tx.settings().put(GROUP_RELAY_LIMIT + group.withoutPublicKey(), Long.toString(maxBytes));
    }

    private static long number(Transaction tx, String key, long fallback) {
        try {
            return tx.settings().get(key).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
