package io.linnet.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.linnet.app.DaemonProfiles;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.S2Timings;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.relay.RelayConfig;
import io.linnet.s2.relay.RelayNode;
import io.linnet.s2.wire.SeedNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API in-process: real {@link ApiServer}s on ephemeral loopback ports over real profiles (RSA-2048,
 * short timers) and an in-process relay. Token, state machine, each endpoint and its errors, the event stream.
 */
class DaemonApiTest {
    static final String PW = "daemon-password";
    static final Duration WAIT = Duration.ofSeconds(30);
    static RelayNode relay;
    static int relayPort;

    @TempDir
    Path dir;
    final List<ApiServer> servers = new ArrayList<>();

    @BeforeAll
    static void startRelay() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            relayPort = s.getLocalPort();
        }
        S2Timings fast = new S2Timings(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofMillis(500),
                Duration.ofSeconds(2), Duration.ofMillis(200));
        NodeIdentity id = NodeIdentity.of(Rsa.generate(2048, 1), NodeType.RELAY, "jrelay-test", NodeIdentity.RELAY_DEVICE_ID);
        relay = new RelayNode(RelayConfig.defaults(id, new InetSocketAddress("127.0.0.1", relayPort))
                .withTimings(fast, Duration.ofSeconds(200), Duration.ofMillis(200), Duration.ofMillis(250)));
        relay.start();
    }

    @AfterAll
    static void stopRelay() {
        relay.stop();
    }

    @AfterEach
    void stopServers() {
        servers.forEach(ApiServer::close);
    }

    /** A daemon's API over the profile in {@code dir/name}. */
    ApiServer start(String name, Duration heartbeat) throws Exception {
        Path d = dir.resolve(name);
        DaemonSettings s = new DaemonSettings(d, List.of(new SeedNode("127.0.0.1", relayPort, Optional.empty())), true, true);
        ApiServer server = ApiServer.start(new InetSocketAddress("127.0.0.1", 0), ApiToken.loadOrCreate(d), new DaemonProfiles(s), heartbeat);
        servers.add(server);
        return server;
    }

    ApiClient client(ApiServer s, String name) throws Exception {
        return new ApiClient("127.0.0.1:" + s.address().getPort(), dir.resolve(name));
    }

    @Test
    void everyPathNeedsTheTokenAndErrorsAreJson() throws Exception {
        ApiClient c = client(start("a", ApiServer.HEARTBEAT), "a");
        Path token = dir.resolve("a").resolve(ApiToken.FILE_NAME);
        assertTrue(Files.readString(token).strip().matches("[0-9a-f]{64}"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));

        for (String path : List.of("/v1/identity", "/v1/contacts", "/nope", "/v1/events")) {
            ApiClient.Answer none = c.call("GET", path, null, null);
            assertEquals(401, none.status(), path);
            assertTrue(none.error().contains("token"), none.error());
            assertEquals(401, c.call("GET", path, null, "0".repeat(64)).status(), path);
        }
        assertEquals(404, c.get("/nope").status());
        assertEquals(405, c.call("DELETE", "/v1/contacts", null, Files.readString(token).strip()).status());
        assertEquals(400, c.post("/v1/identity", "{not json").status());
        assertEquals(400, c.post("/v1/identity", "[1]").status());
        assertEquals(400, c.post("/v1/identity", Map.of("nickname", "x")).status());
        assertEquals(409, c.post("/v1/groups", Map.of("name", "g", "members", List.of())).status());
        assertEquals(409, c.get("/v1/groups/abc").status());
        assertThrows(IllegalArgumentException.class, () -> ApiServer.start(new InetSocketAddress("0.0.0.0", 0),
                ApiToken.loadOrCreate(dir.resolve("b")), null, ApiServer.HEARTBEAT));
    }

    @Test
    void noIdentityThenCreateThenLockedAfterRestartThenUnlock() throws Exception {
        ApiServer first = start("a", ApiServer.HEARTBEAT);
        ApiClient c = client(first, "a");
        assertEquals(DaemonState.NO_IDENTITY, c.get("/v1/identity").error());
        assertEquals(409, c.get("/v1/contacts").status());
        assertEquals(409, c.post("/v1/unlock", Map.of("password", PW)).status());
        assertEquals(400, c.post("/v1/identity", Map.of("nickname", "Alice", "password", "short")).status());

        ApiClient.Answer created = c.post("/v1/identity", Map.of("nickname", "Alice", "password", PW));
        assertEquals(201, created.status(), created.body().toString());
        String address = created.body().get("address").asText();
        assertEquals("Alice", created.body().get("nickname").asText());
        assertEquals(address, c.getOk("/v1/identity").get("address").asText());
        assertEquals(409, c.post("/v1/identity", Map.of("nickname", "Again", "password", PW)).status());
        assertEquals(409, c.post("/v1/unlock", Map.of("password", PW)).status());
        assertEquals(0, c.getOk("/v1/contacts").size());
        first.close();
        servers.remove(first);

        ApiClient again = client(start("a", ApiServer.HEARTBEAT), "a");
        assertEquals(DaemonState.LOCKED, again.get("/v1/identity").error());
        assertEquals(403, again.post("/v1/unlock", Map.of("password", "wrong-password")).status());
        JsonNode unlocked = again.postOk("/v1/unlock", Map.of("password", PW));
        assertEquals(address, unlocked.get("address").asText());
        assertEquals("Alice", again.getOk("/v1/identity").get("nickname").asText());
    }

    @Test
    void contactsMessagesReceiptsAndEvents() throws Exception {
        ApiClient a = client(start("a", ApiServer.HEARTBEAT), "a");
        ApiClient b = client(start("b", Duration.ofMillis(200)), "b");
        String aAddr = a.postOk("/v1/identity", Map.of("nickname", "Alice", "password", PW)).get("address").asText();
        String bAddr = b.postOk("/v1/identity", Map.of("nickname", "Bob", "password", PW)).get("address").asText();
        BlockingQueue<String> bEvents = b.events();
        BlockingQueue<String> bEvents2 = b.events();

        assertEquals(400, a.post("/v1/contacts", Map.of("address", "not-an-address")).status());
        assertEquals(400, a.post("/v1/contacts", Map.of("address", aAddr)).status());
        assertEquals(404, a.post("/v1/messages", Map.of("to", bAddr, "text", "hi")).status());
        assertEquals(404, a.get("/v1/conversations/" + bAddr + "/messages").status());
        assertEquals(404, a.post("/v1/contacts/" + bAddr + "/accept", Map.of()).status());

        JsonNode request = a.postOk("/v1/contacts", Map.of("address", bAddr));
        assertEquals("request_sent", request.get("state").asText());
        ApiClient.awaitEvent(bEvents, "ContactRequestReceived", aAddr, WAIT);
        b.until("/v1/contacts", n -> n.size() == 1 && n.get(0).get("state").asText().equals("request_received"), WAIT);
        assertEquals("approved", b.postOk("/v1/contacts/" + aAddr + "/accept", Map.of()).get("state").asText());
        a.until("/v1/contacts", n -> n.get(0).get("handshake").asText().equals("established")
                && n.get(0).get("nickname").asText().equals("Bob"), WAIT);
        b.until("/v1/contacts", n -> n.get(0).get("handshake").asText().equals("established"), WAIT);

        assertEquals(400, a.post("/v1/messages", Map.of("to", bAddr, "text", "")).status());
        JsonNode sent = a.postOk("/v1/messages", Map.of("to", bAddr, "text", "hello bob"));
        String id = sent.get("id").asText();
        assertTrue(id.matches("[0-9a-f]+"), id);
        assertEquals(aAddr, sent.get("from").asText());
        String added = ApiClient.awaitEvent(bEvents, "MessageAdded", id, WAIT);
        assertTrue(added.contains("hello bob"), added);
        ApiClient.awaitEvent(bEvents2, "MessageAdded", id, WAIT);
        assertTrue(bEvents.contains(": heartbeat") || waitFor(bEvents, ": heartbeat"), "heartbeat comment");

        a.postOk("/v1/messages", Map.of("to", bAddr, "text", "second"));
        JsonNode atB = b.until("/v1/conversations/" + aAddr + "/messages", n -> n.size() == 2, WAIT);
        assertEquals("hello bob", atB.get(0).get("text").asText());
        assertEquals("second", atB.get(1).get("text").asText());
        assertEquals(aAddr, atB.get(0).get("from").asText());
        assertEquals("received", atB.get(0).get("state").asText());
        assertTrue(atB.get(0).get("timestamp").asLong() > 1_600_000_000L);
        a.until("/v1/conversations/" + bAddr + "/messages", n -> allIn(n, "delivered"), WAIT);
        assertEquals(2, b.postOk("/v1/conversations/" + aAddr + "/read", Map.of()).get("marked").asInt());
        a.until("/v1/conversations/" + bAddr + "/messages", n -> allIn(n, "read"), WAIT);

        b.postOk("/v1/messages", Map.of("to", aAddr, "text", "hi alice"));
        a.until("/v1/conversations/" + bAddr + "/messages", n -> n.size() == 3 && n.get(2).get("from").asText().equals(bAddr), WAIT);
        assertEquals(1, a.getOk("/v1/conversations/" + bAddr + "/messages?limit=1").size());
        assertEquals(400, a.get("/v1/conversations/" + bAddr + "/messages?limit=0").status());
    }

    @Test
    void groupsThroughTheApi() throws Exception {
        ApiClient a = client(start("a", ApiServer.HEARTBEAT), "a");
        ApiClient b = client(start("b", ApiServer.HEARTBEAT), "b");
        ApiClient c = client(start("c", ApiServer.HEARTBEAT), "c");
        String aAddr = a.postOk("/v1/identity", Map.of("nickname", "Alice", "password", PW)).get("address").asText();
        String bAddr = b.postOk("/v1/identity", Map.of("nickname", "Bob", "password", PW)).get("address").asText();
        String cAddr = c.postOk("/v1/identity", Map.of("nickname", "Carol", "password", PW)).get("address").asText();
        assertEquals(400, a.post("/v1/groups", Map.of("name", "g")).status());
        assertEquals(400, a.post("/v1/groups", Map.of("name", "g", "members", List.of(7))).status());
        assertEquals(400, a.post("/v1/groups", Map.of("name", "g", "members", List.of("nope"))).status());
        assertEquals(409, a.post("/v1/groups", Map.of("name", "g", "members", List.of(bAddr))).status(), "not a contact yet");
        DaemonJarIT.Daemon owner = new DaemonJarIT.Daemon(null, a, aAddr);
        DaemonJarIT.befriend(owner, new DaemonJarIT.Daemon(null, b, bAddr));
        DaemonJarIT.befriend(owner, new DaemonJarIT.Daemon(null, c, cAddr));

        JsonNode created = a.ok(a.post("/v1/groups", Map.of("name", "team", "members", List.of(bAddr, cAddr), "hideParticipants", true)));
        String g = created.get("address").asText();
        JsonNode atB = b.until("/v1/groups", n -> n.size() == 1 && n.get(0).get("members").size() == 3, WAIT).get(0);
        assertEquals(g, atB.get("address").asText());
        assertEquals("team", atB.get("name").asText());
        assertEquals(aAddr, atB.get("owner").asText());
        assertTrue(atB.get("hideParticipants").asBoolean());
        JsonNode bSees = b.getOk("/v1/groups/" + g).get("members");
        assertEquals(aAddr, bSees.get(0).get("address").asText());
        assertEquals("Alice", bSees.get(0).get("nickname").asText());
        assertTrue(!bSees.get(1).get("address").asText().equals(bAddr) && !bSees.get(2).get("address").asText().equals(cAddr),
                "members see virtual addresses");
        JsonNode aSees = a.getOk("/v1/groups/" + g).get("members");
        assertEquals(List.of(aAddr, bAddr, cAddr), List.of(aSees.get(0).get("address").asText(), aSees.get(1).get("address").asText(),
                aSees.get(2).get("address").asText()), "the owner sees real addresses");
        c.until("/v1/groups", n -> n.size() == 1, WAIT);

        JsonNode sent = b.postOk("/v1/messages", Map.of("to", g, "text", "hello group"));
        String virtualB = bSees.get(1).get("address").asText();
        JsonNode atC = c.until("/v1/conversations/" + g + "/messages", n -> n.size() == 1, WAIT);
        assertEquals("hello group", atC.get(0).get("text").asText());
        assertEquals(virtualB, atC.get(0).get("from").asText());
        assertEquals(sent.get("id").asText(), atC.get(0).get("id").asText());
        b.until("/v1/conversations/" + g + "/messages", n -> allIn(n, "delivered"), WAIT);
        assertEquals(1, c.postOk("/v1/conversations/" + g + "/read", Map.of()).get("marked").asInt());
        assertEquals(1, a.postOk("/v1/conversations/" + g + "/read", Map.of()).get("marked").asInt());
        b.until("/v1/conversations/" + g + "/messages", n -> allIn(n, "read"), WAIT);

        // the endpoints that change one message, retry and typing take the group's address too
        String msg = "/v1/conversations/" + g + "/messages/" + sent.get("id").asText();
        assertEquals("hello, edited", b.ok(b.request("PATCH", msg, Map.of("text", "hello, edited"))).get("text").asText());
        assertEquals(409, c.request("PATCH", msg, Map.of("text", "not mine")).status());
        c.until("/v1/conversations/" + g + "/messages", n -> n.get(0).get("text").asText().equals("hello, edited"), WAIT);
        assertEquals(1, c.postOk(msg + "/reactions", Map.of("emoji", "\uD83D\uDC4D")).get("reactions").size());
        b.until("/v1/conversations/" + g + "/messages", n -> n.get(0).get("reactions").size() == 1, WAIT);
        assertEquals(409, b.request("POST", msg + "/retry", null).status(), "read: nothing to retry");
        BlockingQueue<String> bEvents = b.events();
        c.ok(c.request("POST", "/v1/conversations/" + g + "/typing", null));
        ApiClient.awaitEvent(bEvents, "TypingChanged", "\"address\":\"" + g + "\",\"typing\":true", WAIT);
        assertEquals(409, c.request("DELETE", msg, null).status(), "neither the author nor the owner");
        assertTrue(a.ok(a.request("DELETE", msg, null)).get("deleted").asBoolean(), "the owner deletes a member's message");
        b.until("/v1/conversations/" + g + "/messages", n -> n.get(0).get("deleted").asBoolean(), WAIT);
        assertEquals(404, b.request("DELETE", "/v1/conversations/" + g + "/messages/00ff", null).status());

        assertEquals(409, b.request("PATCH", "/v1/groups/" + g, Map.of("name", "mine")).status());
        assertEquals("renamed", a.ok(a.request("PATCH", "/v1/groups/" + g, Map.of("name", "renamed"))).get("name").asText());
        b.until("/v1/groups/" + g, n -> n.get("name").asText().equals("renamed"), WAIT);
        assertEquals(2, a.ok(a.request("DELETE", "/v1/groups/" + g + "/members/" + cAddr, null)).get("members").size());
        c.until("/v1/groups", n -> n.isEmpty(), WAIT);
        assertEquals(3, a.postOk("/v1/groups/" + g + "/members", Map.of("address", cAddr)).get("members").size());
        c.until("/v1/groups", n -> n.size() == 1, WAIT);
        assertTrue(b.postOk("/v1/groups/" + g + "/leave", Map.of()).get("left").asBoolean());
        a.until("/v1/groups/" + g, n -> n.get("members").size() == 2, WAIT);
        assertEquals(409, b.post("/v1/messages", Map.of("to", g, "text", "gone")).status());
        String unknown = io.linnet.ixian.address.GroupAddress.derive(io.linnet.ixian.address.Address.parse(aAddr), new byte[] {1}).toString();
        assertEquals(404, a.get("/v1/groups/" + unknown).status());
        assertEquals(404, a.post("/v1/messages", Map.of("to", unknown, "text", "x")).status());
        assertEquals(404, a.get("/v1/conversations/" + unknown + "/messages").status());
    }

    @Test
    void editDeleteReactReplyTypingSearchAndContactChanges() throws Exception {
        ApiClient a = client(start("a", ApiServer.HEARTBEAT), "a");
        ApiClient b = client(start("b", ApiServer.HEARTBEAT), "b");
        String aAddr = a.postOk("/v1/identity", Map.of("nickname", "Alice", "password", PW)).get("address").asText();
        String bAddr = b.postOk("/v1/identity", Map.of("nickname", "Bob", "password", PW)).get("address").asText();
        DaemonJarIT.befriend(new DaemonJarIT.Daemon(null, a, aAddr), new DaemonJarIT.Daemon(null, b, bAddr));
        BlockingQueue<String> bEvents = b.events();
        String atA = "/v1/conversations/" + bAddr + "/messages";
        String atB = "/v1/conversations/" + aAddr + "/messages";

        String first = a.postOk("/v1/messages", Map.of("to", bAddr, "text", "first")).get("id").asText();
        b.until(atB, n -> n.size() == 1, WAIT);
        JsonNode answer = b.postOk("/v1/messages", Map.of("to", aAddr, "text", "an answer", "replyTo", first));
        assertEquals(first, answer.get("replyTo").asText());
        a.until(atA, n -> n.size() == 2 && n.get(1).get("replyTo").asText().equals(first), WAIT);
        assertEquals(404, b.post("/v1/messages", Map.of("to", aAddr, "text", "x", "replyTo", "00ff")).status());
        assertEquals(400, b.post("/v1/messages", Map.of("to", aAddr, "text", "x", "replyTo", "xyz")).status());

        JsonNode edited = a.ok(a.request("PATCH", atA + "/" + first, Map.of("text", "first, edited")));
        assertEquals("first, edited", edited.get("text").asText());
        assertTrue(edited.get("edited").asBoolean());
        b.until(atB, n -> n.get(0).get("text").asText().equals("first, edited") && n.get(0).get("edited").asBoolean(), WAIT);
        assertEquals(409, b.request("PATCH", atB + "/" + first, Map.of("text", "not mine")).status());
        assertEquals(404, a.request("PATCH", atA + "/0011", Map.of("text", "x")).status());
        assertEquals(400, a.request("PATCH", atA + "/" + first, Map.of("text", "")).status());

        JsonNode reacted = b.postOk(atB + "/" + first + "/reactions", Map.of("emoji", "\uD83D\uDC4D"));
        assertEquals(bAddr, reacted.get("reactions").get(0).get("from").asText());
        a.until(atA, n -> n.get(0).get("reactions").size() == 1
                && n.get(0).get("reactions").get(0).get("reaction").asText().equals("\uD83D\uDC4D"), WAIT);
        b.postOk(atB + "/" + first + "/reactions", Map.of("emoji", ""));
        a.until(atA, n -> n.get(0).get("reactions").isEmpty(), WAIT);

        a.ok(a.request("POST", "/v1/conversations/" + bAddr + "/typing", null));
        ApiClient.awaitEvent(bEvents, "TypingChanged", "\"typing\":true", WAIT);

        JsonNode deleted = a.ok(a.request("DELETE", atA + "/" + first, null));
        assertTrue(deleted.get("deleted").asBoolean());
        assertEquals("", deleted.get("text").asText());
        b.until(atB, n -> n.get(0).get("deleted").asBoolean() && n.get(0).get("text").asText().isEmpty(), WAIT);
        assertEquals(409, a.request("POST", atA + "/" + answer.get("id").asText() + "/retry", null).status(),
                "only a failed message of ours is retried");

        JsonNode hits = a.getOk("/v1/search?q=" + java.net.URLEncoder.encode("AN answer", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(answer.get("id").asText(), hits.get(0).get("id").asText());
        assertEquals(bAddr, hits.get(0).get("conversation").asText());
        assertEquals(400, a.get("/v1/search?q=").status());

        JsonNode renamed = a.ok(a.request("PATCH", "/v1/contacts/" + bAddr, Map.of("localNickname", "Bobby")));
        assertEquals("Bobby", renamed.get("localNickname").asText());
        assertEquals("Bob", renamed.get("nickname").asText());
        JsonNode chats = a.getOk("/v1/conversations");
        assertEquals(1, chats.size());
        assertEquals(bAddr, chats.get(0).get("address").asText());
        assertEquals("direct", chats.get(0).get("kind").asText());
        assertEquals("Bobby", chats.get(0).get("title").asText());
        assertEquals(1, chats.get(0).get("unread").asInt());
        assertEquals("an answer", chats.get(0).get("lastMessage").get("text").asText());
        a.until("/v1/contacts", n -> n.get(0).get("online").asBoolean(), WAIT);

        ApiClient c = client(start("c", ApiServer.HEARTBEAT), "c");
        c.postOk("/v1/identity", Map.of("nickname", "Carol", "password", PW));
        String cAddr = c.getOk("/v1/identity").get("address").asText();
        c.postOk("/v1/contacts", Map.of("address", aAddr));
        a.until("/v1/contacts", n -> DaemonJarIT.contact(n, cAddr, "state").equals("request_received"), WAIT);
        assertEquals("declined", a.postOk("/v1/contacts/" + cAddr + "/decline", Map.of()).get("state").asText());
        assertEquals("removed", a.ok(a.request("DELETE", "/v1/contacts/" + bAddr, null)).get("state").asText());
        assertEquals(409, a.post("/v1/messages", Map.of("to", bAddr, "text", "gone")).status());
        assertEquals(404, a.request("DELETE", "/v1/contacts/" + aAddr, null).status());
    }

    @Test
    void filesAreOfferedAcceptedDownloadedAndCancelled() throws Exception {
        ApiClient a = client(start("a", ApiServer.HEARTBEAT), "a");
        ApiClient b = client(start("b", ApiServer.HEARTBEAT), "b");
        String aAddr = a.postOk("/v1/identity", Map.of("nickname", "Alice", "password", PW)).get("address").asText();
        String bAddr = b.postOk("/v1/identity", Map.of("nickname", "Bob", "password", PW)).get("address").asText();
        BlockingQueue<String> bEvents = b.events();
        a.postOk("/v1/contacts", Map.of("address", bAddr));
        b.until("/v1/contacts", n -> n.size() == 1, WAIT);
        b.postOk("/v1/contacts/" + aAddr + "/accept", Map.of());
        a.until("/v1/contacts", n -> n.get(0).get("handshake").asText().equals("established"), WAIT);
        b.until("/v1/contacts", n -> n.get(0).get("handshake").asText().equals("established"), WAIT);

        JsonNode settings = b.getOk("/v1/files/settings");
        assertEquals(100L * 1024 * 1024, settings.get("maxBytes").asLong());
        assertEquals(dir.resolve("b").resolve("downloads").toAbsolutePath().toString(), settings.get("downloads").asText());
        assertEquals(0, b.ok(b.request("PUT", "/v1/files/settings", Map.of("autoAcceptImagesUpTo", 0))).get("autoAcceptImagesUpTo").asLong());
        assertEquals(400, b.request("PUT", "/v1/files/settings", Map.of("maxBytes", 0)).status());
        assertEquals(400, b.request("PUT", "/v1/files/settings", Map.of("maxBytes", "big")).status());

        Path src = Files.write(dir.resolve("picture.png"), new byte[150_000]);
        assertEquals(400, a.post("/v1/files", Map.of("to", bAddr, "path", "relative.png")).status());
        assertEquals(400, a.post("/v1/files", Map.of("to", bAddr, "path", dir.resolve("missing").toString())).status());
        assertEquals(404, a.get("/v1/files/999").status());
        assertEquals(400, a.get("/v1/files/abc").status());
        JsonNode sent = a.ok(a.post("/v1/files", Map.of("to", bAddr, "path", src.toString())));
        assertEquals("outgoing", sent.get("direction").asText());
        assertEquals("offered", sent.get("state").asText());
        assertEquals("image/png", sent.get("mediaType").asText());
        String offer = ApiClient.awaitEvent(bEvents, "FileTransferChanged", "\"offered\"", WAIT);
        assertTrue(offer.contains("picture.png"), offer);
        JsonNode atB = b.until("/v1/conversations/" + aAddr + "/files", n -> n.size() == 1, WAIT).get(0);
        long id = atB.get("id").asLong();
        assertEquals(sent.get("messageId").asText(), atB.get("messageId").asText());
        assertEquals(409, b.get("/v1/files/" + id + "/content").status(), "not received yet");
        b.postOk("/v1/files/" + id + "/accept", Map.of());
        ApiClient.awaitEvent(bEvents, "FileTransferProgress", "\"bytesDone\":150000", WAIT);
        JsonNode done = b.until("/v1/files/" + id, n -> n.get("state").asText().equals("complete"), WAIT);
        assertTrue(done.get("verified").asBoolean());
        var content = b.bytes("/v1/files/" + id + "/content");
        assertEquals(200, content.statusCode());
        assertEquals("image/png", content.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(src), content.body()));
        a.until("/v1/files/" + sent.get("id").asLong(), n -> n.get("state").asText().equals("complete"), WAIT);
        assertEquals(1, b.getOk("/v1/files?limit=5").size());
        assertEquals(409, b.post("/v1/files/" + id + "/cancel", Map.of()).status(), "already complete");

        JsonNode second = a.ok(a.post("/v1/files", Map.of("to", bAddr, "path", src.toString())));
        assertEquals("cancelled", a.postOk("/v1/files/" + second.get("id").asLong() + "/cancel", Map.of()).get("state").asText());
        b.until("/v1/files", n -> n.size() == 2 && n.get(0).get("state").asText().equals("cancelled"), WAIT);
        assertEquals(409, b.post("/v1/files/" + b.getOk("/v1/files").get(0).get("id").asLong() + "/accept", Map.of()).status());
    }

    static boolean allIn(JsonNode messages, String state) {
        for (JsonNode m : messages) {
            if (!m.get("state").asText().equals(state)) {
                return false;
            }
        }
        return !messages.isEmpty();
    }

    static boolean waitFor(BlockingQueue<String> lines, String line) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < end) {
            String l = lines.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (line.equals(l)) {
                return true;
            }
        }
        return false;
    }
}
