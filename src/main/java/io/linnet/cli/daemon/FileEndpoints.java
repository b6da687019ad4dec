package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.FileSettings;
import io.linnet.chat.api.FileTransfers;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.TransferState;
import io.linnet.ixian.address.Address;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files (see docs/api.md): {@code POST /v1/files} offers a file that lies on the daemon's machine,
 * {@code GET /v1/files} lists the newest transfers, {@code GET /v1/conversations/{address}/files} one
 * conversation's, {@code GET /v1/files/{id}} one, {@code POST /v1/files/{id}/accept} and {@code /cancel},
 * {@code GET /v1/files/{id}/content} the bytes of a received file once complete, and
 * {@code GET}/{@code PUT /v1/files/settings}, and {@code GET}/{@code PUT /v1/files/groups/{address}/relay-limit}
 * (the owner's limit on files it relays in a privacy-mode group).
 */
final class FileEndpoints {
    static final int DEFAULT_LIMIT = 100;
    private final DaemonState state;

    FileEndpoints(DaemonState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/v1/files/settings", (ex, p) -> Exchanges.send(ex, 200, settings(files().settings()))),
                Route.of("PUT", "/v1/files/settings", (ex, p) -> updateSettings(ex)),
                Route.of("POST", "/v1/files", (ex, p) -> send(ex)),
                Route.of("GET", "/v1/files", (ex, p) -> Exchanges.send(ex, 200,
                        files().recent(MessageEndpoints.limit(Exchanges.query(ex.getRequestURI().getRawQuery()).get("limit"),
                                DEFAULT_LIMIT, MessageEndpoints.MAX_LIMIT)).stream()
                                .map(JsonViews::transfer).toList())),
                Route.of("GET", "/v1/conversations/{}/files", (ex, p) -> Exchanges.send(ex, 200,
                        files().inConversation(Exchanges.address(p.getFirst(), "the path's address")).stream()
                                .map(JsonViews::transfer).toList())),
                Route.of("GET", "/v1/files/{}", (ex, p) -> Exchanges.send(ex, 200, JsonViews.transfer(find(p.getFirst())))),
                Route.of("POST", "/v1/files/{}/accept", (ex, p) -> Exchanges.send(ex, 200,
                        JsonViews.transfer(Stages.await(files().accept(find(p.getFirst()).id()))))),
                Route.of("POST", "/v1/files/{}/cancel", (ex, p) -> Exchanges.send(ex, 200,
                        JsonViews.transfer(Stages.await(files().cancel(find(p.getFirst()).id()))))),
                Route.of("GET", "/v1/files/{}/content", (ex, p) -> content(ex, find(p.getFirst()))),
                Route.of("GET", "/v1/files/groups/{}/relay-limit", (ex, p) -> Exchanges.send(ex, 200,
                        Map.of("maxBytes", files().groupRelayLimit(Exchanges.address(p.getFirst(), "the path's address"))))),
                Route.of("PUT", "/v1/files/groups/{}/relay-limit", (ex, p) -> relayLimit(ex, p.getFirst())));
    }

    private void relayLimit(HttpExchange ex, String groupText) throws IOException {
        Address group = Exchanges.address(groupText, "the path's address");
        long max = number(Exchanges.body(ex), "maxBytes", -1);
        if (max < 0) {
            throw ApiException.badRequest("\"maxBytes\" must be a whole number of bytes, 0 or more");
        }
        Exchanges.send(ex, 200, Map.of("maxBytes", Stages.await(files().setGroupRelayLimit(group, max))));
    }

    private FileTransfers files() {
        return state.require().messenger().files();
    }

    private void send(HttpExchange ex) throws IOException {
        ObjectNode body = Exchanges.body(ex);
        Address to = Exchanges.address(Exchanges.text(body, "to"), "\"to\"");
        Path file;
        try {
            file = Path.of(Exchanges.text(body, "path"));
        } catch (java.nio.file.InvalidPathException e) {
            throw ApiException.badRequest("\"path\" is not a path: " + e.getMessage());
        }
        if (!file.isAbsolute()) {
            throw ApiException.badRequest("\"path\" must be absolute (a file on the daemon's machine)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw ApiException.badRequest(file + " is not a readable file");
        }
        Messenger m = state.require().messenger();
        FileTransfer sent = Stages.await(m.files().send(to, file));
        Exchanges.send(ex, 201, JsonViews.transfer(sent));
    }

    private FileTransfer find(String idText) {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("a transfer id is a number, not '" + idText + "'");
        }
        return files().find(id).orElseThrow(() -> ApiException.notFound("unknown transfer " + id));
    }

    private static void content(HttpExchange ex, FileTransfer t) throws IOException {
        if (t.outgoing() || t.state() != TransferState.COMPLETE || t.path() == null) {
            throw ApiException.conflict("transfer " + t.id() + " is not a received, complete file");
        }
        if (!Files.isRegularFile(t.path())) {
            throw ApiException.notFound("the received file is no longer at " + t.path());
        }
        ex.getResponseHeaders().set("Content-Type", t.mediaType());
        ex.sendResponseHeaders(200, Files.size(t.path()) == 0 ? -1 : Files.size(t.path()));
        try (InputStream in = Files.newInputStream(t.path()); OutputStream out = ex.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private void updateSettings(HttpExchange ex) throws IOException {
        ObjectNode body = Exchanges.body(ex);
        FileSettings now = files().settings();
        long max = number(body, "maxBytes", now.maxBytes());
        long auto = number(body, "autoAcceptImagesUpTo", now.autoAcceptImagesUpTo());
        FileSettings next;
        try {
            next = new FileSettings(max, auto);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Exchanges.send(ex, 200, settings(Stages.await(files().updateSettings(next))));
    }

    private static long number(ObjectNode body, String field, long fallback) {
        JsonNode v = body.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw ApiException.badRequest("\"" + field + "\" must be a whole number");
        }
        return v.asLong();
    }

    private Map<String, Object> settings(FileSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxBytes", s.maxBytes());
        m.put("autoAcceptImagesUpTo", s.autoAcceptImagesUpTo());
        m.put("downloads", files().downloadsFolder().map(Path::toString).orElse(null));
        return m;
    }
}
