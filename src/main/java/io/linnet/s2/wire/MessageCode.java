package io.linnet.s2.wire;

import java.util.Map;
import java.util.TreeMap;

/**
 * The 16-bit message code of a v6 frame.
 *
 * <p>Every code the Ixian network currently defines has a constant here; any other value in
 * {@code 0..65535} is still representable (an unknown or retired code), so a decoder can pass such
 * frames on, count them or ignore them instead of failing.
 */
public record MessageCode(int value) {
    private static final Map<Integer, String> NAMES = new TreeMap<>();

    public static final MessageCode HELLO = define(0, "hello");
    public static final MessageCode HELLO_DATA = define(1, "helloData");
    public static final MessageCode BYE = define(2, "bye");
    public static final MessageCode REJECTED = define(3, "rejected");
    public static final MessageCode GET_KEEP_ALIVES = define(6, "getKeepAlives");
    public static final MessageCode KEEP_ALIVES_CHUNK = define(7, "keepAlivesChunk");
    public static final MessageCode TRANSACTION_DATA2 = define(8, "transactionData2");
    public static final MessageCode BLOCK_DATA2 = define(9, "blockData2");
    public static final MessageCode BLOCK_SIGNATURE2 = define(13, "blockSignature2");
    public static final MessageCode GET_BLOCK_SIGNATURES2 = define(14, "getBlockSignatures2");
    public static final MessageCode GET_SIGNATURES3 = define(15, "getSignatures3");
    public static final MessageCode SIGNATURES_CHUNK2 = define(17, "signaturesChunk2");
    public static final MessageCode GET_SECTOR_NODES = define(18, "getSectorNodes");
    public static final MessageCode SECTOR_NODES = define(19, "sectorNodes");
    public static final MessageCode GET_PIT2 = define(21, "getPIT2");
    public static final MessageCode PIT_DATA2 = define(22, "pitData2");
    public static final MessageCode UPDATE_PRESENCE = define(24, "updatePresence");
    public static final MessageCode S2_DATA = define(26, "s2data");
    public static final MessageCode S2_FAILED = define(27, "s2failed");
    public static final MessageCode S2_SIGNATURE = define(28, "s2signature");
    public static final MessageCode GET_BALANCE2 = define(30, "getBalance2");
    public static final MessageCode BALANCE2 = define(31, "balance2");
    public static final MessageCode KEEP_ALIVE_PRESENCE = define(34, "keepAlivePresence");
    public static final MessageCode GET_PRESENCE2 = define(36, "getPresence2");
    public static final MessageCode GET_UNAPPLIED_TRANSACTIONS = define(38, "getUnappliedTransactions");
    public static final MessageCode ATTACH_EVENT = define(40, "attachEvent");
    public static final MessageCode DETACH_EVENT = define(41, "detachEvent");
    public static final MessageCode GET_NAME_RECORD = define(43, "getNameRecord");
    public static final MessageCode NAME_RECORD = define(44, "nameRecord");
    public static final MessageCode GET_BLOCK_HEADERS3 = define(46, "getBlockHeaders3");
    public static final MessageCode BLOCK_HEADERS3 = define(47, "blockHeaders3");
    public static final MessageCode GET_RANDOM_PRESENCES = define(48, "getRandomPresences");
    /** Called {@code getRelevantBlockTransactions} by S2 0.9.3b; same number. */
    public static final MessageCode GET_BLOCK_HEADERS4 = define(49, "getBlockHeaders4");
    /** Called {@code compactBlockHeaders1} by S2 0.9.3b; same number. */
    public static final MessageCode BLOCK_HEADERS4 = define(50, "blockHeaders4");
    public static final MessageCode GET_WALLET_STATE_CHUNK = define(51, "getWalletStateChunk");
    public static final MessageCode WALLET_STATE_CHUNK = define(52, "walletStateChunk");
    public static final MessageCode SYNC_WALLET_STATE = define(53, "syncWalletState");
    public static final MessageCode WALLET_STATE = define(54, "walletState");
    public static final MessageCode GET_BLOCK3 = define(55, "getBlock3");
    public static final MessageCode GET_TRANSACTIONS2 = define(56, "getTransactions2");
    public static final MessageCode GET_TRANSACTION3 = define(58, "getTransaction3");
    public static final MessageCode INVENTORY2 = define(59, "inventory2");
    public static final MessageCode TRANSACTIONS_CHUNK3 = define(60, "transactionsChunk3");

    /** Codes that were used once and must never be sent again. */
    private static final int[] RETIRED = {4, 5, 10, 11, 12, 16, 20, 23, 25, 29, 32, 33, 35, 37, 39, 42, 45, 57};

    public MessageCode {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("message code " + value + " does not fit in 16 bits");
        }
    }

    private static MessageCode define(int value, String name) {
        NAMES.put(value, name);
        return new MessageCode(value);
    }

    /** One shared instance per small value, so decoding a frame allocates no code. */
    private static final MessageCode[] SMALL = new MessageCode[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new MessageCode(i);
        }
    }

    /** The code for a 16-bit wire value, known or not. */
    public static MessageCode of(int value) {
        return value >= 0 && value < SMALL.length ? SMALL[value] : new MessageCode(value);
    }

    /** True if the network currently defines this code. */
    public boolean isKnown() {
        return NAMES.containsKey(value);
    }

    /** True for codes that were retired and must not be sent. */
    public boolean isRetired() {
        for (int r : RETIRED) {
            if (r == value) {
                return true;
            }
        }
        return false;
    }

    /** The protocol's name for the code, or {@code "unknown"}. */
    public String name() {
        return NAMES.getOrDefault(value, "unknown");
    }

    /** Every code the network defines, ascending. */
    public static java.util.List<MessageCode> known() {
        return NAMES.keySet().stream().map(MessageCode::new).toList();
    }

    @Override
    public String toString() {
        return name() + "(" + value + ")";
    }
}
