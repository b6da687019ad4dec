package io.linnet.chat.wire;

import io.linnet.ixian.spixi.StreamCapabilities;

/**
 * Linnet's additions to the Spixi wire format, all optional and gated so Spixi peers never see them.
 *
 * <p>{@link #LINNET_EXTENSIONS} is a capability bit in the high range Spixi leaves unused (bit 16), sent in
 * acceptAdd2/keys2 like every other capability. Only to a contact that announced it does Linnet send the
 * SpixiMessage types {@link #EDIT}, {@link #CHAT_REPLY}, {@link #READ_UP_TO}, {@link #CHAT_ORDERED} and
 * {@link #FILE_CANCEL} (from the range 240–255 that Ixian reserves for custom apps) or a reaction removal. See
 * {@code docs/messages.md} and {@code docs/chat.md}.
 */
public final class LinnetWire {
    /**
     * Capability bit: understands Linnet's edit, reply, read-up-to, ordered chat, file-cancel and
     * reaction-removal messages and the SHA-256 tail of {@code fileHeader}.
     */
    public static final int LINNET_EXTENSIONS = 1 << 16;

    /** What Linnet announces: outgoing connections only (relays reach us), group chats, Linnet extensions. */
    public static final StreamCapabilities OWN_CAPABILITIES = new StreamCapabilities(
            StreamCapabilities.OUTGOING | StreamCapabilities.GROUP_CAPABILITIES | LINNET_EXTENSIONS);

    /** SpixiMessage type of an edit: {@link EditPayload}. */
    public static final int EDIT = 0xF0;
    /** SpixiMessage type of a chat message that quotes another: {@link ReplyPayload}. */
    public static final int CHAT_REPLY = 0xF1;
    /**
     * SpixiMessage type of a batched read receipt: the data is the id of the newest message read; the
     * receiver marks it and the earlier messages it knows were delivered as read (see {@code messages.md}).
     */
    public static final int READ_UP_TO = 0xF2;
    /**
     * SpixiMessage type of a chat message carrying its author's sending time in milliseconds (and optionally a
     * quote): {@link ChatPayload}. Linnet sends every chat message to a Linnet contact as this type, so the
     * receiver can keep the author's order within a second; {@link #CHAT_REPLY} is still understood.
     */
    public static final int CHAT_ORDERED = 0xF3;
    /**
     * SpixiMessage type telling the other side of a file transfer that it was cancelled: the uid as in
     * {@code acceptFile}. The receiver stops pulling or serving it.
     */
    public static final int FILE_CANCEL = 0xF8;

    /** Longest chat text, in UTF-16 characters. */
    public static final int MAX_TEXT_CHARS = 64_000;
    /** Largest avatar accepted or sent, in bytes (Spixi's limit). */
    public static final int MAX_AVATAR_BYTES = 500_000;

    private LinnetWire() {}

    /** Whether a contact announcing {@code caps} understands Linnet's extensions. */
    public static boolean supportsExtensions(StreamCapabilities caps) {
        return caps.has(LINNET_EXTENSIONS);
    }
}
