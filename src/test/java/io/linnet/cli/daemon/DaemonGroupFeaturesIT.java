package io.linnet.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * Group chats through the daemons' API in both modes, three daemons from the packaged jar on one relay:
 * members edit, react (and take the reaction back), type, read, and delete — the author its own message,
 * the owner a member's, while a member's delete of someone else's message is refused and changes nothing
 * anywhere; retry answers for the group's messages; a member leaves (gone from every member list) and the
 * owner leaves (the group dissolved for everyone, its history still readable).
 */
class DaemonGroupFeaturesIT extends DaemonTestBase {
    @Test
    void membersUseEveryMessageEndpointInBothModesThenLeave() throws Exception {
        Trio t = trio("daemon-group-relay", true); // in the standard group bea and cid write to each other directly
        Daemon o = t.owner();
        Daemon b = t.bea();
        Daemon c = t.cid();
        BlockingQueue<String> beaEvents = b.api().events();

        for (boolean hidden : List.of(false, true)) {
            String g = o.api().postOk("/v1/groups", Map.of("name", hidden ? "hidden" : "open",
                    "members", List.of(b.address(), c.address()), "hideParticipants", hidden)).get("address").asText();
            for (Daemon d : List.of(b, c)) {
                d.api().until("/v1/groups/" + g, n -> n.get("members").size() == 3, WAIT);
            }
            messageChanges(o, b, c, g, beaEvents);
            // a member leaves (cid from the open group, bea from the hidden one): gone from every member list
            Daemon leaver = hidden ? b : c;
            Daemon stays = hidden ? c : b;
            leaver.api().postOk("/v1/groups/" + g + "/leave", Map.of());
            for (Daemon d : List.of(o, stays)) {
                d.api().until("/v1/groups/" + g, n -> n.get("members").size() == 2, WAIT);
            }
            assertFalse(contains(o.api().getOk("/v1/groups/" + g).get("members"), leaver.address()));
            assertFalse(listed(leaver, g));
            // then the owner leaves: the group is dissolved for everyone, its history still readable
            o.api().postOk("/v1/groups/" + g + "/leave", Map.of());
            stays.api().until("/v1/groups", n -> !contains(n, g), WAIT);
            if (stays == b) {
                ApiClient.awaitEvent(beaEvents, "GroupLeft", "\"address\":\"" + g + "\",\"reason\":\"dissolved\"", WAIT);
            }
            assertFalse(listed(o, g));
            assertEquals(2, stays.api().getOk("/v1/conversations/" + g + "/messages").size(), "the history stays");
            assertEquals(409, stays.api().post("/v1/messages", Map.of("to", g, "text", "anyone?")).status());
        }
    }

    /** Everything a member can do to the messages of group {@code g}; bea writes, cid answers, the owner moderates. */
    void messageChanges(Daemon o, Daemon b, Daemon c, String g, BlockingQueue<String> beaEvents) throws Exception {
        String conv = "/v1/conversations/" + g + "/messages";
        JsonNode members = c.api().getOk("/v1/groups/" + g).get("members");
        String beaSeen = members.get(1).get("address").asText();
        String cidSeen = members.get(2).get("address").asText();
        List<Daemon> all = List.of(o, b, c);

        String hello = b.api().postOk("/v1/messages", Map.of("to", g, "text", "hello")).get("id").asText();
        for (Daemon d : List.of(o, c)) {
            d.api().until(conv, n -> message(n, hello) != null, WAIT);
        }
        assertEquals(beaSeen, message(c.api().getOk(conv), hello).get("from").asText());

        JsonNode edited = b.api().ok(b.api().request("PATCH", conv + "/" + hello, Map.of("text", "hello, edited")));
        assertTrue(edited.get("edited").asBoolean());
        assertEquals(409, c.api().request("PATCH", conv + "/" + hello, Map.of("text", "not mine")).status());
        for (Daemon d : List.of(o, c)) {
            d.api().until(conv, n -> text(n, hello).equals("hello, edited") && message(n, hello).get("edited").asBoolean(), WAIT);
        }

        JsonNode reacted = c.api().postOk(conv + "/" + hello + "/reactions", Map.of("emoji", "\uD83D\uDC4D"));
        assertEquals(1, reacted.get("reactions").size());
        for (Daemon d : List.of(o, b)) {
            d.api().until(conv, n -> message(n, hello).get("reactions").size() == 1
                    && message(n, hello).get("reactions").get(0).get("reaction").asText().equals("\uD83D\uDC4D"), WAIT);
        }
        assertEquals(cidSeen, message(b.api().getOk(conv), hello).get("reactions").get(0).get("from").asText());
        c.api().postOk(conv + "/" + hello + "/reactions", Map.of("emoji", ""));
        for (Daemon d : List.of(o, b)) {
            d.api().until(conv, n -> message(n, hello).get("reactions").isEmpty(), WAIT);
        }

        c.api().ok(c.api().request("POST", "/v1/conversations/" + g + "/typing", null));
        ApiClient.awaitEvent(beaEvents, "TypingChanged", "\"address\":\"" + g + "\",\"typing\":true", WAIT);

        b.api().until(conv, n -> state(n, hello).equals("delivered"), WAIT);
        assertEquals(409, b.api().request("POST", conv + "/" + hello + "/retry", null).status(), "delivered: nothing to retry");
        assertEquals(1, c.api().postOk("/v1/conversations/" + g + "/read", Map.of()).get("marked").asInt());
        assertEquals(1, o.api().postOk("/v1/conversations/" + g + "/read", Map.of()).get("marked").asInt());
        b.api().until(conv, n -> state(n, hello).equals("read"), WAIT);

        // cid neither wrote hello nor owns the group: refused here, and nobody loses the message
        ApiClient.Answer refused = c.api().request("DELETE", conv + "/" + hello, null);
        assertEquals(409, refused.status(), refused.body().toString());
        String second = b.api().postOk("/v1/messages", Map.of("to", g, "text", "second")).get("id").asText();
        for (Daemon d : List.of(o, c)) {
            d.api().until(conv, n -> message(n, second) != null, WAIT);
        }
        for (Daemon d : all) {
            assertFalse(message(d.api().getOk(conv), hello).get("deleted").asBoolean(), "hello still there");
        }

        JsonNode moderated = o.api().ok(o.api().request("DELETE", conv + "/" + second, null));
        assertTrue(moderated.get("deleted").asBoolean(), "the owner deletes a member's message");
        for (Daemon d : List.of(b, c)) {
            d.api().until(conv, n -> message(n, second).get("deleted").asBoolean() && text(n, second).isEmpty(), WAIT);
        }
        assertTrue(b.api().ok(b.api().request("DELETE", conv + "/" + hello, null)).get("deleted").asBoolean());
        for (Daemon d : List.of(o, c)) {
            d.api().until(conv, n -> message(n, hello).get("deleted").asBoolean(), WAIT);
        }
        assertEquals(404, b.api().request("DELETE", conv + "/00ff", null).status());
    }

    static JsonNode message(JsonNode messages, String id) {
        for (JsonNode m : messages) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        return null;
    }

    static String text(JsonNode messages, String id) {
        return message(messages, id).get("text").asText();
    }

    static String state(JsonNode messages, String id) {
        return message(messages, id).get("state").asText();
    }

    static boolean listed(Daemon d, String group) throws Exception {
        return contains(d.api().getOk("/v1/groups"), group);
    }

    /** Whether a list of groups or of members holds {@code address}. */
    static boolean contains(JsonNode groups, String address) {
        for (JsonNode g : groups) {
            if (g.get("address").asText().equals(address)) {
                return true;
            }
        }
        return false;
    }
}
