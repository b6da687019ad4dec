package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/messages} (send a text, or a reply with {@code replyTo}), {@code GET /v1/conversations}
 * (the chat list), {@code GET /v1/conversations/{address}/messages} (oldest first, with reactions),
 * {@code POST /v1/conversations/{address}/read} (mark read, which sends read receipts) and
 * {@code GET /v1/search?q=}. A conversation is a contact or a group ({@link Conversations}).
 */
final class MessageEndpoints {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;
    static final int DEFAULT_SEARCH_LIMIT = 50;
    private final DaemonState state;

    MessageEndpoints(DaemonState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.of("POST", "/v1/messages", (ex, p) -> send(ex)),
                Route.of("GET", "/v1/conversations", (ex, p) -> conversations(ex)),
                Route.of("GET", "/v1/conversations/{}/messages", (ex, p) -> list(ex, p.getFirst())),
                Route.of("POST", "/v1/conversations/{}/read", (ex, p) -> read(ex, p.getFirst())),
                Route.of("GET", "/v1/search", (ex, p) -> search(ex)));
    }

    private void send(HttpExchange ex) throws IOException {
        ObjectNode body = Exchanges.body(ex);
        Address named = Exchanges.address(Exchanges.text(body, "to"), "\"to\"");
        String text = Exchanges.text(body, "text");
        String replyTo = Exchanges.optionalText(body, "replyTo");
        if (text.isEmpty()) {
            throw ApiException.badRequest("\"text\" must not be empty");
        }
        Messenger m = state.require().messenger();
        Address to = Conversations.require(m, named);
        StoredMessage sent;
        if (replyTo == null) {
            sent = Stages.await(m.sendText(to, text));
        } else {
            Bytes quoted = Exchanges.messageId(replyTo, "\"replyTo\"");
            find(m, to, quoted);
            sent = Stages.await(m.reply(to, quoted, text));
        }
        Exchanges.send(ex, 201, JsonViews.message(sent, m.address()));
    }

    private void conversations(HttpExchange ex) throws IOException {
        Messenger m = state.require().messenger();
        Exchanges.send(ex, 200, m.conversations().stream().map(c -> JsonViews.conversation(c, m.address())).toList());
    }

    private void list(HttpExchange ex, String addressText) throws IOException {
        Address named = Exchanges.address(addressText, "the path's address");
        int limit = limit(Exchanges.query(ex.getRequestURI().getRawQuery()).get("limit"), DEFAULT_LIMIT, MAX_LIMIT);
        Messenger m = state.require().messenger();
        Address who = Conversations.require(m, named);
        Exchanges.send(ex, 200, m.history(who, limit).stream()
                .map(s -> JsonViews.message(s, m.address(), s.deleted() ? List.of() : m.reactions(s.key()))).toList());
    }

    private void read(HttpExchange ex, String addressText) throws IOException {
        Messenger m = state.require().messenger();
        Address who = Conversations.require(m, Exchanges.address(addressText, "the path's address"));
        Exchanges.send(ex, 200, Map.of("marked", Stages.await(m.markRead(who))));
    }

    private void search(HttpExchange ex) throws IOException {
        Map<String, String> q = Exchanges.query(ex.getRequestURI().getRawQuery());
        String words = q.getOrDefault("q", "").strip();
        if (words.isEmpty()) {
            throw ApiException.badRequest("?q= must name at least one word");
        }
        int limit = limit(q.get("limit"), DEFAULT_SEARCH_LIMIT, MAX_LIMIT);
        Messenger m = state.require().messenger();
        Exchanges.send(ex, 200, m.search(words, limit).stream().map(h -> JsonViews.hit(h, m.address())).toList());
    }

    /** A message of the conversation with {@code who}, or a 404. */
    static StoredMessage find(Messenger m, Address who, Bytes id) {
        return m.message(new MessageKey(who, id))
                .orElseThrow(() -> ApiException.notFound("no message " + id.toHex() + " in the conversation with " + who));
    }

    /** {@code ?limit=N}: 1..max, {@code fallback} when absent. */
    static int limit(String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400
        }
        throw ApiException.badRequest("limit must be 1.." + max);
    }
}
