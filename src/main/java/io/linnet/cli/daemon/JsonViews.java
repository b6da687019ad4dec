package io.linnet.cli.daemon;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API's JSON shapes: addresses as Base58 text, message ids as lowercase hex, times as Unix seconds,
 * states as lowercase names. Pure functions.
 */
final class JsonViews {
    private JsonViews() {}

    static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", c.address().toString());
        m.put("nickname", c.nickname());
        m.put("state", name(c.state()));
        m.put("handshake", name(c.handshakeStatus()));
        return m;
    }

    static Map<String, Object> message(StoredMessage s, Address me) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.key().messageId().toHex());
        Address from = s.direction() == Direction.OUTGOING ? me : s.author() != null ? s.author() : s.key().conversation();
        m.put("from", from.toString());
        m.put("text", s.body());
        m.put("state", name(s.state()));
        m.put("timestamp", s.sentAt().getEpochSecond());
        return m;
    }

    static Map<String, Object> transfer(FileTransfer t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("conversation", t.message().conversation().toString());
        m.put("messageId", t.message().messageId().toHex());
        m.put("direction", name(t.direction()));
        m.put("peer", t.peer().toString());
        m.put("name", t.name());
        m.put("size", t.size());
        m.put("mediaType", t.mediaType());
        m.put("state", name(t.state()));
        m.put("bytesDone", t.bytesDone());
        m.put("sha256", t.sha256().toHex());
        m.put("verified", t.verified());
        m.put("path", t.path() == null ? null : t.path().toString());
        m.put("error", t.error());
        m.put("createdAt", t.createdAt().getEpochSecond());
        return m;
    }

    /** The SSE event name (the engine's record name) and its JSON data. */
    record Event(String name, Map<String, Object> data) {}

    static Event event(EngineEvent e, Address me) {
        String name = e.getClass().getSimpleName();
        Map<String, Object> d = new LinkedHashMap<>();
        switch (e) {
            case EngineEvent.MessageAdded a -> {
                d.put("conversation", a.message().key().conversation().toString());
                d.putAll(message(a.message(), me));
            }
            case EngineEvent.MessageStateChanged s -> {
                key(d, s.key());
                d.put("state", name(s.state()));
            }
            case EngineEvent.MessageEdited ed -> {
                key(d, ed.key());
                d.put("text", ed.body());
            }
            case EngineEvent.MessageDeleted del -> key(d, del.key());
            case EngineEvent.ReactionChanged r -> {
                key(d, r.key());
                d.put("from", r.sender().toString());
                d.put("reaction", r.reaction());
            }
            case EngineEvent.ContactRequestReceived r -> d.putAll(contact(r.contact()));
            case EngineEvent.ContactChanged c -> d.putAll(contact(c.contact()));
            case EngineEvent.TypingChanged t -> {
                d.put("address", t.contact().toString());
                d.put("typing", t.typing());
            }
            case EngineEvent.GroupChanged g -> {
                d.put("address", g.group().address().toString());
                d.put("name", g.group().name());
                d.put("owner", g.group().owner().toString());
                d.put("hideParticipants", g.group().hideParticipants());
            }
            case EngineEvent.GroupLeft l -> {
                d.put("address", l.group().toString());
                d.put("reason", l.reason());
            }
            case EngineEvent.FileTransferChanged f -> d.putAll(transfer(f.transfer()));
            case EngineEvent.FileTransferProgress p -> {
                d.put("id", p.transferId());
                d.put("conversation", p.message().conversation().toString());
                d.put("messageId", p.message().messageId().toHex());
                d.put("bytesDone", p.bytesDone());
                d.put("size", p.size());
            }
            case EngineEvent.PresenceChanged p -> {
                d.put("address", p.contact().toString());
                d.put("online", p.online());
            }
        }
        return new Event(name, d);
    }

    private static void key(Map<String, Object> d, MessageKey k) {
        d.put("conversation", k.conversation().toString());
        d.put("id", k.messageId().toHex());
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
