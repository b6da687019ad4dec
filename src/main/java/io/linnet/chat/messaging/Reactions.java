package io.linnet.chat.messaging;

import java.util.Optional;

/**
 * Emoji reactions on Spixi's reaction grammar ({@code kind:data}, at most 32 characters): an emoji travels
 * as {@code like:<emoji>}, Spixi's plain {@code like:} reads as ❤️, and an empty reaction (sent only to
 * Linnet peers) removes ours. Stateless.
 */
public final class Reactions {
    /** What Spixi's {@code like:} without data means. */
    public static final String HEART = "\u2764\uFE0F";
    private static final int MAX_CHARS = 32;

    private Reactions() {}

    /** The wire text for an emoji ({@code ""} removes). */
    public static String toWire(String emoji) {
        return emoji.isEmpty() ? "" : "like:" + emoji;
    }

    /** The emoji a wire reaction stands for ({@code ""} for a removal), or empty if it is not one we take. */
    public static Optional<String> fromWire(String wire) {
        if (wire.isEmpty()) {
            return Optional.of("");
        }
        if (wire.length() > MAX_CHARS || !wire.startsWith("like:")) {
            return Optional.empty();
        }
        String data = wire.substring("like:".length());
        return Optional.of(data.isEmpty() ? HEART : data);
    }
}
