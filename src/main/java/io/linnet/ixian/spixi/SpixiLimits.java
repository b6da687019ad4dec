package io.linnet.ixian.spixi;

/**
 * Upper bounds the SpixiMessage and payload decoders enforce on every length field.
 *
 * <p>The Ixian formats themselves allow up to 2 GiB per field; these caps are generous for every real
 * value and keep a hostile length from costing more than the bytes that actually arrived. Fields whose
 * format fixes a size (a one-byte length, Ixian's group and channel caps) use that size.
 */
public final class SpixiLimits {
    private SpixiLimits() {}

    /** Largest application payload (message data, app data, bot action data): 50 MiB. */
    public static final int MAX_DATA_BYTES = 50 * 1024 * 1024;
    /** Largest message id referenced by a payload; real ids are 16 bytes or a short reserved id (≤ 49). */
    public static final int MAX_MESSAGE_ID_BYTES = 64;
    /** Largest Ixian RSA public key blob: Ixian reads 49–1023 bytes as a public key (RSA-4096 is 528). */
    public static final int MAX_RSA_PUBLIC_KEY_BYTES = 1023;
    /** Largest ECDH public key: an uncompressed P-521 point (Ixian sends the 67-byte compressed form). */
    public static final int MAX_ECDH_PUBLIC_KEY_BYTES = 133;
    /** ML-KEM-1024 public key and ciphertext size, the largest ML-KEM parameter set. */
    public static final int MAX_MLKEM_BYTES = 1568;
    /** Largest key-derivation salt (Ixian uses 32 bytes). */
    public static final int MAX_SALT_BYTES = 64;
    /** Largest legacy symmetric key (Ixian uses 32 bytes). */
    public static final int MAX_SYMMETRIC_KEY_BYTES = 64;
    /** Largest nickname, in UTF-8 bytes. */
    public static final int MAX_NICK_BYTES = 1024;
    /** Largest group name, in UTF-8 bytes. */
    public static final int MAX_GROUP_NAME_BYTES = 1024;
    /** Largest group random id (Ixian uses 16 bytes). */
    public static final int MAX_GROUP_RANDOM_ID_BYTES = 64;
    /** Largest reaction string in UTF-8 bytes (receivers accept at most 32 characters). */
    public static final int MAX_REACTION_BYTES = 128;
    /** Largest app session id: the format stores its length in one byte. */
    public static final int MAX_SESSION_ID_BYTES = 255;
    /** Largest app id string ({@code "<appId>||<installUrl>"} style), in UTF-8 bytes. */
    public static final int MAX_APP_ID_BYTES = 4096;
    /** Largest app protocol id and most protocol ids per message (Ixian stores both in one byte). */
    public static final int MAX_PROTOCOL_ID_BYTES = 255;
    public static final int MAX_PROTOCOL_COUNT = 255;
    /** Most channels in a createGroup message: Ixian receivers reject more than 10. */
    public static final int MAX_GROUP_CHANNELS = 10;
    /** Largest channel name and largest encoded BotChannel, in bytes. */
    public static final int MAX_CHANNEL_NAME_BYTES = 256;
    public static final int MAX_BOT_CHANNEL_BYTES = 4 + 2 + MAX_CHANNEL_NAME_BYTES;
    /** Largest BotContact role list ({@code "1;2;…"}), in UTF-8 bytes. */
    public static final int MAX_ROLE_BYTES = 1024;
    /** Largest signed nick StreamMessage held by a bot-style BotContact. */
    public static final int MAX_NICK_DATA_BYTES = 64 * 1024;
    /** Largest bot server name and description, in UTF-8 bytes. */
    public static final int MAX_SERVER_NAME_BYTES = 1024;
    public static final int MAX_SERVER_DESCRIPTION_BYTES = 16 * 1024;
    /** Largest file name in a fileHeader, in UTF-8 bytes. */
    public static final int MAX_FILE_NAME_BYTES = 1024;
    /** Largest preview in a fileHeader (Spixi sends none; Linnet sends at most a small thumbnail). */
    public static final int MAX_FILE_PREVIEW_BYTES = 500_000;
    /** Largest file packet: ten times Spixi's 102 400 bytes. */
    public static final int MAX_FILE_PACKET_BYTES = 1024 * 1024;
    /** Largest decimal amount text (BotInfo cost). */
    public static final int MAX_AMOUNT_TEXT_BYTES = 64;
}
