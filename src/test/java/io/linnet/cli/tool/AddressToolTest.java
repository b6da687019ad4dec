package io.linnet.cli.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressToolTest {
    static final String A1_B58 = "3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWU";
    static final String A1_HEX = "014e6a8ffd4327967f8eb4c7f81d0d8f0a80ff566f1fe1e029d4a5c21092200e9f5ade209842cfbc88064110c0";

    @Test
    void addressFromEveryForm() {
        for (String input : List.of(A1_B58, A1_HEX, A1_HEX + "19d481")) {
            JsonNode j = ToolRunner.tool("address", input).json();
            assertEquals(List.of("version", "addressNoChecksum", "addressWithChecksum", "base58", "sectorPrefix"),
                    iterate(j));
            assertEquals(1, j.get("version").asInt());
            assertEquals(A1_HEX, j.get("addressNoChecksum").asText());
            assertEquals(A1_HEX + "19d481", j.get("addressWithChecksum").asText());
            assertEquals(A1_B58, j.get("base58").asText());
            assertEquals("746013a163f8c592ebf1", j.get("sectorPrefix").asText());
        }
    }

    @Test
    void groupAddress() {
        JsonNode j = ToolRunner.tool("group-address", A1_B58, "000102030405060708090a0b0c0d0e0f").json();
        assertEquals("3kSAs1Q2u2cwp48fG8bDin51n6t8zLcWoEfGfcgaLWcraaf4bxSKZoeUStk8fUehx", j.get("base58").asText());
        assertEquals(1, j.get("version").asInt());
    }

    @Test
    void invalidInputExitsTwoWithOneLine() {
        ToolRunner.tool("address", "not-an-address").assertInvalidInput();
        ToolRunner.tool("address", A1_HEX + "000000").assertInvalidInput();
        ToolRunner.tool("group-address", A1_B58, "zz").assertInvalidInput();
        ToolRunner.tool("group-address", A1_B58).assertInvalidInput();
        ToolRunner.tool("address").assertInvalidInput();
        ToolRunner.tool("no-such-command").assertInvalidInput();
    }

    static List<String> iterate(JsonNode j) {
        List<String> names = new java.util.ArrayList<>();
        j.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
