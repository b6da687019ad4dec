package io.linnet.cli.daemon;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ConversationSummary;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.SearchHit;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import java.util.LinkedHashMap;
import java.util.List;
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
        m.put("localNickname", c.localNickname());
        m.put("state", name(c.state()));
        m.put("handshake", name(c.handshakeStatus()));
        return m;
    }

    /** A contact with whether it is online now. */
    static Map<String, Object> contact(Contact c, boolean online) {
        Map<String, Object> m = contact(c);
        m.put("online", online);
        return m;
    }

    /** A message without its reactions (a new message has none). */
    static Map<String, Object> message(StoredMessage s, Address me) {
        return message(s, me, List.of());
    }

    static Map<String, Object> message(StoredMessage s, Address me, List<Reaction> reactions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.key().messageId().toHex());
        Address from = s.direction() == Direction.OUTGOING ? me : s.author() != null ? s.author() : s.key().conversation();
        m.put("from", from.toString());
        m.put("text", s.body());
        m.put("state", name(s.state()));
        m.put("timestamp", s.sentAt().getEpochSecond());
        m.put("replyTo", s.replyTo().isEmpty() ? null : s.replyTo().toHex());
        m.put("edited", s.edited());
        m.put("deleted", s.deleted());
        m.put("reactions", reactions.stream().map(r -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("from", r.sender().toString());
            v.put("reaction", r.reaction());
            return v;
        }).toList());
        return m;
    }

    /** One line of the chat list. */
    static Map<String, Object> conversation(ConversationSummary c, Address me) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", c.conversation().toString());
        m.put("kind", name(c.kind()));
        m.put("title", c.title());
        m.put("unread", c.unreadCount());
        m.put("muted", c.muted());
        m.put("lastMessage", message(c.lastMessage(), me));
        return m;
    }

    /** A search hit: where, which message, and the snippet with the matched words as [start, end) pairs. */
    static Map<String, Object> hit(SearchHit h, Address me) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conversation", h.message().key().conversation().toString());
        m.putAll(message(h.message(), me));
        m.put("snippet", h.snippet());
        m.put("highlights", h.highlights().stream().map(x -> List.of(x.start(), x.end())).toList());
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
