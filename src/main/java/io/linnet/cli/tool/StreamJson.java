package io.linnet.cli.tool;

import io.linnet.ixian.stream.StreamMessage;
import java.util.Map;

/** JSON form of a StreamMessage for {@code tool decode stream-message}. */
final class StreamJson {
    private StreamJson() {}

    static Map<String, Object> streamMessage(StreamMessage m) {
        Map<String, Object> o = Json.object();
        o.put("version", m.version());
        o.put("id", m.id().toHex());
        o.put("type", m.type().number());
        o.put("encryptionType", m.encryptionType().code());
        o.put("sender", m.sender() == null ? null : Json.hex(m.sender().noChecksum()));
        o.put("recipient", m.recipient() == null ? null : Json.hex(m.recipient().noChecksum()));
        o.put("data", m.data() == null ? null : m.data().toHex());
        o.put("timestamp", m.timestamp());
        o.put("requireRcvConfirmation", m.requireRcvConfirmation());
        o.put("signature", m.signature() == null || m.signature().isEmpty() ? null : m.signature().toHex());
        return o;
    }
}
