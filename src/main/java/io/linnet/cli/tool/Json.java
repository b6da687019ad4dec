package io.linnet.cli.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.linnet.cli.InvalidInputException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON in and out for the tool: one object per call, keys in a fixed order, bytes as lowercase hex. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    private static final HexFormat HEX = HexFormat.of();

    private Json() {}

    /** An insertion-ordered object under construction. */
    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    static String write(Map<String, Object> obj) {
        try {
            return MAPPER.writeValueAsString(obj);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            if (n == null || !n.isObject()) {
                throw new InvalidInputException("expected a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String hex(byte[] b) {
        return b == null ? null : HEX.formatHex(b);
    }

    /** Parses lowercase or uppercase hex; empty text is an empty array. */
    static byte[] unhex(String text, String what) {
        String s = text.strip();
        if (s.startsWith("0x")) {
            s = s.substring(2);
        }
        try {
            return HEX.parseHex(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(what + ": not valid hex");
        }
    }

    /** Hex field of a JSON object; JSON null or a missing field gives null. */
    static byte[] hexField(JsonNode obj, String name) {
        JsonNode n = obj.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new InvalidInputException("\"" + name + "\" must be a hex string");
        }
        return unhex(n.asText(), "\"" + name + "\"");
    }

    static String textField(JsonNode obj, String name) {
        JsonNode n = obj.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new InvalidInputException("\"" + name + "\" must be a string");
        }
        return n.asText();
    }

    static JsonNode required(JsonNode obj, String name) {
        JsonNode n = obj.get(name);
        if (n == null || n.isNull()) {
            throw new InvalidInputException("missing \"" + name + "\"");
        }
        return n;
    }

    static long longField(JsonNode obj, String name, long dflt) {
        JsonNode n = obj.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.canConvertToLong()) {
            throw new InvalidInputException("\"" + name + "\" must be an integer");
        }
        return n.asLong();
    }
}
