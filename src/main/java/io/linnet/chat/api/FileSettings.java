package io.linnet.chat.api;

/**
 * The user's file-transfer choices, stored in the profile's database.
 *
 * @param maxBytes largest file sent or accepted (default 100 MiB); larger offers are shown but cannot be
 *     accepted
 * @param autoAcceptImagesUpTo images (by file name: JPEG, PNG, GIF, WebP, BMP) up to this size are accepted
 *     without asking; 0 turns auto-accept off (default 5 MiB)
 */
public record FileSettings(long maxBytes, long autoAcceptImagesUpTo) {
    /** 100 MiB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    /** 5 MiB. */
    public static final long DEFAULT_AUTO_ACCEPT_IMAGES = 5L * 1024 * 1024;
    /** The defaults. */
    public static final FileSettings DEFAULTS = new FileSettings(DEFAULT_MAX_BYTES, DEFAULT_AUTO_ACCEPT_IMAGES);

    public FileSettings {
        if (maxBytes < 1 || autoAcceptImagesUpTo < 0) {
            throw new IllegalArgumentException("max " + maxBytes + " bytes, auto-accept up to " + autoAcceptImagesUpTo);
        }
    }
}
