package io.linnet.cli.daemon;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** Reading JSON requests and writing JSON answers; every failure to understand a request is a 400. */
final class Exchanges {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Request bodies larger than this are refused (a text is at most 64 000 characters). */
    static final int MAX_BODY = 1 << 20;

    private Exchanges() {}

    /** The request body as a JSON object. */
    static ObjectNode body(HttpExchange ex) throws IOException {
        byte[] raw;
        try (InputStream in = ex.getRequestBody()) {
            raw = in.readNBytes(MAX_BODY + 1);
        }
        if (raw.length > MAX_BODY) {
            throw new ApiException(413, "request body over " + MAX_BODY + " bytes");
        }
        try {
            JsonNode node = JSON.readTree(raw);
            if (node instanceof ObjectNode o) {
                return o;
            }
        } catch (JacksonException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        throw ApiException.badRequest("the body must be a JSON object");
    }

    /** A required string field. */
    static String text(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) {
            throw ApiException.badRequest("\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    /** An address given as Base58 text, in the body or the path. */
    static Address address(String text, String what) {
        try {
            return Address.parseAny(text);
        } catch (ProtocolException | IllegalArgumentException e) {
            throw ApiException.badRequest(what + " is not an Ixian address: " + e.getMessage());
        }
    }

    static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, Map.of("error", oneLine(message)));
    }

    static String oneLine(String s) {
        return s == null || s.isBlank() ? "internal error" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
