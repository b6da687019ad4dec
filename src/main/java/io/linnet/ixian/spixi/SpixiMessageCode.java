package io.linnet.ixian.spixi;

import java.util.Optional;

/**
 * The application-level message types carried in {@link SpixiMessage#type()}, with their wire numbers.
 *
 * <p>The numbers are fixed by Ixian-Core and Spixi. A decoded message keeps its raw number, so types this
 * enum does not know survive a decode/encode cycle; {@link #fromNumber(int)} maps a raw number back to a
 * constant where there is one. The whole range 240–255 is set aside for custom apps and services and maps
 * to {@link #RESERVED}.
 */
public enum SpixiMessageCode {
    CHAT(0, true),
    GET_NICK(1, false),
    NICK(2, false),
    /** Legacy (protocol v0) contact request carrying the raw RSA public key. */
    REQUEST_ADD(3, false),
    /** Legacy acceptance carrying a raw AES key. */
    ACCEPT_ADD(4, false),
    /** Obsolete; replaced by {@link #TRANSACTION_SEND}. */
    SENT_FUNDS(5, false),
    /** Obsolete; replaced by {@link #TRANSACTION_REQUEST}. */
    REQUEST_FUNDS(6, false),
    /** Legacy pair keys, see {@link KeysMessage}. */
    KEYS(7, false),
    MSG_READ(8, true),
    MSG_RECEIVED(9, true),
    FILE_DATA(10, true),
    REQUEST_FILE_DATA(11, true),
    FILE_HEADER(12, true),
    ACCEPT_FILE(13, true),
    REQUEST_CALL(14, false),
    ACCEPT_CALL(15, false),
    REJECT_CALL(16, false),
    CALL_DATA(17, false),
    REQUEST_FUNDS_RESPONSE(18, false),
    ACCEPT_ADD_BOT(19, false),
    BOT_GET_MESSAGES(20, false),
    APP_DATA(21, false),
    APP_REQUEST(22, false),
    FILE_FULLY_RECEIVED(23, true),
    AVATAR(24, true),
    GET_AVATAR(25, false),
    GET_PUB_KEY(26, false),
    PUB_KEY(27, false),
    APP_REQUEST_ACCEPT(28, false),
    APP_REQUEST_REJECT(29, false),
    APP_REQUEST_ERROR(30, false),
    APP_END_SESSION(31, false),
    BOT_ACTION(32, false),
    MSG_DELETE(33, true),
    MSG_REACTION(34, true),
    MSG_TYPING(35, false),
    MSG_ERROR(36, false),
    LEAVE(37, true),
    LEAVE_CONFIRMED(38, false),
    MSG_REPORT(39, false),
    REQUEST_ADD2(40, false),
    ACCEPT_ADD2(41, false),
    KEYS2(42, false),
    GET_APP_PROTOCOLS(43, false),
    APP_PROTOCOLS(44, false),
    APP_PROTOCOL_DATA(45, false),
    TRANSACTION_SEND_REQUEST(46, false),
    TRANSACTION_SEND_RESPONSE(47, false),
    TRANSACTION_SEND(48, false),
    TRANSACTION_REQUEST(49, false),
    /** Same payload layout as {@link #REQUEST_ADD2}, with an ephemeral public key. */
    OPEN_SECURE_CONNECTION(50, false),
    CLOSE_SECURE_CONNECTION(51, false),
    /** Sent 1:1 by a group's creator; must never carry a group address itself. */
    CREATE_GROUP(52, false),
    /** Stands for the whole range 240–255 kept for custom apps; its own number is the first of the range. */
    RESERVED(0xF0, false);

    /** First and last wire numbers of the range kept for custom apps and services. */
    public static final int RESERVED_FIRST = 0xF0;
    public static final int RESERVED_LAST = 0xFF;

    private static final SpixiMessageCode[] BY_NUMBER = new SpixiMessageCode[CREATE_GROUP.number + 1];

    static {
        for (SpixiMessageCode c : values()) {
            if (c != RESERVED) {
                BY_NUMBER[c.number] = c;
            }
        }
    }

    private final int number;
    private final boolean allowedInGroup;

    SpixiMessageCode(int number, boolean allowedInGroup) {
        this.number = number;
        this.allowedInGroup = allowedInGroup;
    }

    /** The number written on the wire. */
    public int number() {
        return number;
    }

    /**
     * Whether a message of this type may carry a group address: the twelve types a receiver accepts
     * inside a group (chat, reads/receipts, files, avatar, delete, reaction, leave). Everything else that
     * arrives with a group address is to be dropped.
     */
    public boolean allowedInGroup() {
        return allowedInGroup;
    }

    /** The constant for a wire number: 0–52 map one to one, 240–255 to {@link #RESERVED}, others to none. */
    public static Optional<SpixiMessageCode> fromNumber(int number) {
        if (number >= 0 && number < BY_NUMBER.length) {
            return Optional.of(BY_NUMBER[number]);
        }
        if (number >= RESERVED_FIRST && number <= RESERVED_LAST) {
            return Optional.of(RESERVED);
        }
        return Optional.empty();
    }
}
