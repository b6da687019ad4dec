package io.linnet.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar linnet.jar daemon} end to end: a relay and three daemons as child JVMs on loopback,
 * driven only through the HTTP API — identities, contact requests both ways, messages with their states
 * reaching delivered and read, the event stream, a clean SIGTERM stop and an unlock after the restart; and
 * groups in both modes, with the owner's daemon relaying (and catching up after a restart).
 */
class DaemonJarIT extends DaemonTestBase {
    static int size(JsonNode groups) {
        return groups.size();
    }

    static String text(JsonNode messages, int i) {
        return messages.get(i).get("text").asText();
    }

    @Test
    void groupsInBothModesWithTheOwnersDaemonRelaying() throws Exception {
        Trio t = trio("daemon-it-group-relay", false); // bea and cid do not know each other: the owner relays for them
        int relayPort = t.relayPort();
        Daemon o = t.owner();
        Daemon b = t.bea();
        Daemon c = t.cid();

        String open = o.api().postOk("/v1/groups", Map.of("name", "open", "members", List.of(b.address(), c.address()),
                "hideParticipants", false)).get("address").asText();
        String hidden = o.api().postOk("/v1/groups", Map.of("name", "hidden", "members", List.of(b.address(), c.address()),
                "hideParticipants", true)).get("address").asText();
        for (Daemon d : List.of(b, c)) {
            d.api().until("/v1/groups", n -> size(n) == 2, WAIT);
        }
        JsonNode hiddenAtC = c.api().getOk("/v1/groups/" + hidden);
        assertEquals(o.address(), hiddenAtC.get("owner").asText());
        String virtualB = hiddenAtC.get("members").get(1).get("address").asText();
        assertTrue(!virtualB.equals(b.address()) && !virtualB.equals(c.address()), virtualB);
        assertEquals(b.address(), c.api().getOk("/v1/groups/" + open).get("members").get(1).get("address").asText());

        b.api().postOk("/v1/messages", Map.of("to", open, "text", "open hello"));
        b.api().postOk("/v1/messages", Map.of("to", hidden, "text", "hidden hello"));
        JsonNode openAtC = c.api().until("/v1/conversations/" + open + "/messages", n -> n.size() == 1, WAIT);
        assertEquals(b.address(), openAtC.get(0).get("from").asText());
        JsonNode hiddenMsgs = c.api().until("/v1/conversations/" + hidden + "/messages", n -> n.size() == 1, WAIT);
        assertEquals(virtualB, hiddenMsgs.get(0).get("from").asText());
        b.api().until("/v1/conversations/" + hidden + "/messages", n -> states(n, "delivered"), WAIT);

        // the owner's daemon stops; what bea writes to the hidden group waits in her outbox
        int code = o.jvm().terminate();
        assertTrue(code == 143 || code == 0, "SIGTERM exit code " + code);
        b.api().postOk("/v1/messages", Map.of("to", hidden, "text", "while the owner is away 1"));
        b.api().postOk("/v1/messages", Map.of("to", hidden, "text", "while the owner is away 2"));
        Thread.sleep(2000);
        assertEquals(1, c.api().getOk("/v1/conversations/" + hidden + "/messages").size());
        Daemon o2 = daemon("owner", relayPort, false);
        JsonNode caught = c.api().until("/v1/conversations/" + hidden + "/messages", n -> n.size() == 3, WAIT);
        assertEquals(List.of("hidden hello", "while the owner is away 1", "while the owner is away 2"),
                List.of(text(caught, 0), text(caught, 1), text(caught, 2)));
        o2.api().until("/v1/conversations/" + hidden + "/messages", n -> n.size() == 3, WAIT);

        c.api().postOk("/v1/groups/" + open + "/leave", Map.of());
        o2.api().until("/v1/groups/" + open, n -> n.get("members").size() == 2, WAIT);
        b.api().until("/v1/groups/" + open, n -> n.get("members").size() == 2, WAIT);
        o2.api().postOk("/v1/groups/" + hidden + "/leave", Map.of());
        b.api().until("/v1/groups", n -> size(n) == 1, WAIT);
        c.api().until("/v1/groups", n -> size(n) == 0, WAIT);
    }

    static boolean states(JsonNode messages, String state) {
        return DaemonApiTest.allIn(messages, state);
    }

    @Test
    void threeDaemonsChatThroughARelay() throws Exception {
        int relayPort = relay("daemon-it-relay");
        Daemon a = daemon("alice", relayPort, true);
        Daemon b = daemon("bob", relayPort, true);
        Daemon c = daemon("carol", relayPort, true);
        assertTrue(Files.readString(dir.resolve("alice").resolve(ApiToken.FILE_NAME)).strip().matches("[0-9a-f]{64}"));
        assertEquals(401, a.api().call("GET", "/v1/identity", null, null).status());
        BlockingQueue<String> bobEvents = b.api().events();

        befriend(a, b);
        befriend(c, a);

        String toBob = a.api().postOk("/v1/messages", Map.of("to", b.address(), "text", "hello bob")).get("id").asText();
        String data = ApiClient.awaitEvent(bobEvents, "MessageAdded", toBob, WAIT);
        assertTrue(data.contains("hello bob") && data.contains(a.address()), data);
        b.api().postOk("/v1/messages", Map.of("to", a.address(), "text", "hello alice"));
        c.api().postOk("/v1/messages", Map.of("to", a.address(), "text", "carol here"));

        a.api().until("/v1/conversations/" + b.address() + "/messages", n -> n.size() == 2
                && n.get(0).get("state").asText().equals("delivered") && n.get(1).get("text").asText().equals("hello alice"), WAIT);
        a.api().until("/v1/conversations/" + c.address() + "/messages", n -> n.size() == 1
                && n.get(0).get("from").asText().equals(c.address()), WAIT);
        b.api().postOk("/v1/conversations/" + a.address() + "/read", Map.of());
        ApiClient.awaitEvent(bobEvents, "MessageStateChanged", "\"read\"", WAIT);
        a.api().until("/v1/conversations/" + b.address() + "/messages", n -> n.get(0).get("state").asText().equals("read"), WAIT);
        c.api().until("/v1/conversations/" + a.address() + "/messages", n -> states(n, "delivered"), WAIT);

        int code = b.jvm().terminate();
        assertTrue(code == 143 || code == 0, "SIGTERM exit code " + code); // 143 = 128 + SIGTERM, the JVM's usual
        b.jvm().await(Pattern.compile("daemon stopped"), Duration.ofSeconds(10));
        Daemon b2 = daemon("bob", relayPort, false);
        assertEquals(b.address(), b2.address());
        JsonNode history = b2.api().getOk("/v1/conversations/" + a.address() + "/messages");
        assertEquals(List.of("hello bob", "hello alice"), List.of(history.get(0).get("text").asText(), history.get(1).get("text").asText()));
        a.api().postOk("/v1/messages", Map.of("to", b.address(), "text", "welcome back"));
        b2.api().until("/v1/conversations/" + a.address() + "/messages", n -> n.size() == 3, WAIT);
    }
}
