package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/messages} (send a text), {@code GET /v1/conversations/{address}/messages} (oldest first)
 * and {@code POST /v1/conversations/{address}/read} (mark read, which sends read receipts).
 */
final class MessageEndpoints {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;
    private final DaemonState state;

    MessageEndpoints(DaemonState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.of("POST", "/v1/messages", (ex, p) -> send(ex)),
                Route.of("GET", "/v1/conversations/{}/messages", (ex, p) -> list(ex, p.getFirst())),
                Route.of("POST", "/v1/conversations/{}/read", (ex, p) -> read(ex, p.getFirst())));
    }

    private void send(HttpExchange ex) throws IOException {
        ObjectNode body = Exchanges.body(ex);
        Address to = Exchanges.address(Exchanges.text(body, "to"), "\"to\"");
        String text = Exchanges.text(body, "text");
        if (text.isEmpty()) {
            throw ApiException.badRequest("\"text\" must not be empty");
        }
        Messenger m = state.require().messenger();
        ContactEndpoints.find(m, to);
        StoredMessage sent = Stages.await(m.sendText(to, text));
        Exchanges.send(ex, 201, JsonViews.message(sent, m.address()));
    }

    private void list(HttpExchange ex, String addressText) throws IOException {
        Address who = Exchanges.address(addressText, "the path's address");
        int limit = limit(ex.getRequestURI().getRawQuery());
        Messenger m = state.require().messenger();
        ContactEndpoints.find(m, who);
        Exchanges.send(ex, 200, m.history(who, limit).stream().map(s -> JsonViews.message(s, m.address())).toList());
    }

    private void read(HttpExchange ex, String addressText) throws IOException {
        Address who = Exchanges.address(addressText, "the path's address");
        Messenger m = state.require().messenger();
        ContactEndpoints.find(m, who);
        Exchanges.send(ex, 200, Map.of("marked", Stages.await(m.markRead(who))));
    }

    /** {@code ?limit=N}: the newest N messages (1..10000, default 1000). */
    static int limit(String query) {
        return limit(query, DEFAULT_LIMIT);
    }

    /** {@code ?limit=N} (1..10000), {@code fallback} without one. */
    static int limit(String query, int fallback) {
        if (query == null || query.isEmpty()) {
            return fallback;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("limit=")) {
                try {
                    int n = Integer.parseInt(pair.substring(6));
                    if (n >= 1 && n <= MAX_LIMIT) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // falls through to the 400
                }
                throw ApiException.badRequest("limit must be 1.." + MAX_LIMIT);
            }
        }
        return fallback;
    }
}
