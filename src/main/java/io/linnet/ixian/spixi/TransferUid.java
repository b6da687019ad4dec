package io.linnet.ixian.spixi;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.CryptoRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The id of one Spixi file transfer: 16 bytes, written on the wire as a .NET string of 32 lowercase hex
 * characters (a GUID in .NET's "N" format), except in {@code fileFullyReceived}, which carries the 16 raw
 * bytes (spec §3.11).
 *
 * @param value the 16 bytes
 */
public record TransferUid(Bytes value) {
    /** Bytes in a uid. */
    public static final int BYTES = 16;
    private static final HexFormat HEX = HexFormat.of();

    public TransferUid {
        Objects.requireNonNull(value, "value");
        if (value.length() != BYTES) {
            throw new IllegalArgumentException("a transfer uid has " + BYTES + " bytes, not " + value.length());
        }
    }

    /** A new random uid. */
    public static TransferUid random() {
        return new TransferUid(Bytes.of(CryptoRandom.bytes(BYTES)));
    }

    /** The uid from its 32 lowercase hex characters. */
    public static TransferUid fromHex(String hex) throws ProtocolException {
        if (hex == null || hex.length() != 2 * BYTES || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new ProtocolException("transfer uid: not " + 2 * BYTES + " lowercase hex characters", 0);
        }
        return new TransferUid(Bytes.of(HEX.parseHex(hex)));
    }

    /** The wire text: 32 lowercase hex characters. */
    public String hex() {
        return value.toHex();
    }

    /** Reads the .NET-string form. */
    static TransferUid read(IxiReader r) throws ProtocolException {
        int at = r.position();
        String text = r.dotNetString(2 * BYTES, "uid");
        try {
            return fromHex(text);
        } catch (ProtocolException e) {
            throw new ProtocolException(e.getMessage(), at);
        }
    }

    /** Writes the .NET-string form. */
    void write(IxiWriter w) {
        w.dotNetString(hex());
    }

    @Override
    public String toString() {
        return hex();
    }
}
