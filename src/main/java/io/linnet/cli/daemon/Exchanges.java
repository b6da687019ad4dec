package io.linnet.cli.daemon;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.SpixiLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
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

    /** An optional string field: {@code null} when absent or JSON null, a 400 when it is not a string. */
    static String optionalText(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return text(body, field);
    }

    /** A message id given as hex, in the body or the path. */
    static Bytes messageId(String hex, String what) {
        if (hex.isEmpty() || hex.length() > 2 * SpixiLimits.MAX_MESSAGE_ID_BYTES || !hex.matches("(?i)([0-9a-f]{2})+")) {
            throw ApiException.badRequest(what + " is not a message id (1 to " + SpixiLimits.MAX_MESSAGE_ID_BYTES
                    + " bytes as hex)");
        }
        return Bytes.of(HexFormat.of().parseHex(hex));
    }

    /** The decoded parameters of a query string ({@code a=1&b=x%20y}); the last of repeated names wins. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("bad query string: " + e.getMessage());
            }
        }
        return out;
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
