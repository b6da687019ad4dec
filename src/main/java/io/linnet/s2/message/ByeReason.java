package io.linnet.s2.message;

import java.util.Optional;

/** Why a peer closes a connection, as carried in {@code bye}. */
public enum ByeReason {
    BLOCK_INVALID(100),
    /** Normal close, shuffling, or the "Test OK" of a connectivity probe. */
    BYE(200),
    EXPECTING_MASTER(400),
    /** Protocol version below 6, or a hello that could not be parsed. */
    DEPRECATED(501),
    /** Testnet flag differs. */
    INCORRECT_NETWORK_TYPE(502),
    INSUFFICIENT_FUNDS(599),
    /** Hello signature did not verify for the address the peer was seen at; data = that IP. */
    INCORRECT_IP(600),
    NOT_CONNECTABLE(601),
    TOO_FAR_BEHIND(602),
    /** Address does not match the public key. */
    AUTH_FAILED(603),
    /** Peer's address differs from the one expected for that host. */
    ADDRESS_MISMATCH(604),
    /** Blacklisted, over capacity, or a bad address, version string or device id. */
    REJECTED(605),
    NOT_READY(700);

    private final int code;

    ByeReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<ByeReason> of(int code) {
        for (ByeReason r : values()) {
            if (r.code == code) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
