package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * Payload of the app messages ({@code appData}, {@code appRequest}, {@code appRequestAccept},
 * {@code appRequestReject}, {@code appEndSession}, {@code appProtocolData}).
 *
 * <p>Wire: one byte session-id length then the session id, int32 LE length then the data, then — only if
 * present — the app id as a .NET string. For {@code appProtocolData} the session-id slot carries the
 * protocol id.
 *
 * <p>An empty session id is written as the single length byte {@code 00}, which is what every reader
 * expects. Ixian-Core instead writes a missing session id as four zero bytes (an int32) while reading one
 * byte, so its own readers misparse such a message; Linnet never produces that form and does not accept
 * it (it fails the strict trailing-bytes or length checks).
 *
 * @param sessionId the app session (or protocol) id, at most 255 bytes, {@link Bytes#EMPTY} if none
 * @param data the app payload, at most {@link SpixiLimits#MAX_DATA_BYTES}
 * @param appId the app id ({@code appRequest} uses it), absent if not sent
 */
public record AppDataMessage(Bytes sessionId, Bytes data, Optional<String> appId) {

    public AppDataMessage {
        WireFields.checkBytes(sessionId, SpixiLimits.MAX_SESSION_ID_BYTES, "sessionId");
        WireFields.checkBytes(data, SpixiLimits.MAX_DATA_BYTES, "data");
        Objects.requireNonNull(appId, "appId");
        appId.ifPresent(id -> WireFields.checkUtf8(id, SpixiLimits.MAX_APP_ID_BYTES, "appId"));
    }

    /** A message without an app id. */
    public AppDataMessage(Bytes sessionId, Bytes data) {
        this(sessionId, data, Optional.empty());
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(8 + sessionId.length() + data.length());
        w.u8(sessionId.length());
        sessionId.writeRaw(w);
        data.writeInt32Bytes(w);
        appId.ifPresent(w::dotNetString);
        return w.toByteArray();
    }

    public static AppDataMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        Bytes session = Bytes.read(r, r.u8("sessionId length"), "sessionId");
        Bytes data = Bytes.readInt32Bytes(r, SpixiLimits.MAX_DATA_BYTES, "data");
        Optional<String> appId = r.hasRemaining()
                ? Optional.of(r.dotNetString(SpixiLimits.MAX_APP_ID_BYTES, "appId"))
                : Optional.empty();
        r.expectEnd("appData");
        return build("appData", () -> new AppDataMessage(session, data, appId));
    }
}
