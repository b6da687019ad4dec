package io.linnet.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Files between daemons from the packaged jar through a relay child process, driven through the API: 0 B,
 * 1 B, 102 399, 102 400 and 102 401 B, then 20 MiB with the relay stopped and started again on its port in
 * the middle — once between two contacts, once in a privacy-mode group whose owner relays every file. Every
 * file must arrive byte for byte, verified by its SHA-256, in the receiver's downloads folder, and the
 * sender must see each one complete.
 */
class FileTransferIT extends DaemonTestBase {
    static final Duration WAIT_FILES = Duration.ofSeconds(60);
    static final int BIG = 20 * 1024 * 1024;

    Daemon daemon(String name, int relayPort) throws Exception {
        return daemon(name, relayPort, true);
    }

    ChildJvm relay(int port) throws Exception {
        ChildJvm r = track(ChildJvm.relay("files-it-relay", dir.resolve("relay"), port));
        r.await(ChildJvm.RELAY_READY, Duration.ofSeconds(60));
        return r;
    }

    Path file(String name, int size, long seed) throws Exception {
        byte[] b = new byte[size];
        new SplittableRandom(seed).nextBytes(b);
        Files.createDirectories(dir.resolve("out"));
        return Files.write(dir.resolve("out").resolve(name), b);
    }

    /** Offers {@code src}, accepts it at the receiver, returns the receiver's transfer id. */
    static long offerAndAccept(Daemon from, Daemon to, Path src) throws Exception {
        JsonNode sent = from.api().ok(from.api().post("/v1/files", Map.of("to", to.address(), "path", src.toString())));
        String messageId = sent.get("messageId").asText();
        JsonNode offers = to.api().until("/v1/conversations/" + from.address() + "/files", n -> find(n, messageId) != null, WAIT_FILES);
        long id = find(offers, messageId).get("id").asLong();
        to.api().postOk("/v1/files/" + id + "/accept", Map.of());
        return id;
    }

    static JsonNode find(JsonNode transfers, String messageId) {
        for (JsonNode t : transfers) {
            if (t.get("messageId").asText().equals(messageId)) {
                return t;
            }
        }
        return null;
    }

    static void arrived(Daemon to, long id, Path src, Path downloads) throws Exception {
        JsonNode done = to.api().until("/v1/files/" + id, n -> n.get("state").asText().equals("complete"), WAIT_FILES);
        Path got = Path.of(done.get("path").asText());
        assertEquals(downloads, got.getParent());
        byte[] want = Files.readAllBytes(src);
        assertArrayEquals(want, Files.readAllBytes(got), src.getFileName().toString());
        assertTrue(done.get("verified").asBoolean());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(want)), done.get("sha256").asText());
    }

    @Test
    void filesOfEveryEdgeSizeAndTwentyMebibytesAcrossARelayRestart() throws Exception {
        int relayPort = relay("files-it-relay");
        ChildJvm first = children.getLast();
        Daemon alice = daemon("alice", relayPort);
        Daemon bob = daemon("bob", relayPort);
        befriend(alice, bob);
        Path downloads = dir.resolve("bob").resolve("downloads").toAbsolutePath();

        int[] sizes = {0, 1, 102_399, 102_400, 102_401};
        for (int i = 0; i < sizes.length; i++) {
            Path src = file("edge-" + sizes[i] + ".bin", sizes[i], i);
            arrived(bob, offerAndAccept(alice, bob, src), src, downloads);
        }

        Path big = file("big.bin", BIG, 99);
        long id = offerAndAccept(alice, bob, big);
        bob.api().until("/v1/files/" + id, n -> n.get("bytesDone").asLong() >= 4L * 1024 * 1024, WAIT_FILES);
        first.terminate();
        long stalledAt = bob.api().getOk("/v1/files/" + id).get("bytesDone").asLong();
        assertTrue(stalledAt < BIG, "the relay went down in the middle: " + stalledAt);
        Thread.sleep(2000);
        assertEquals("transferring", bob.api().getOk("/v1/files/" + id).get("state").asText());
        relay(relayPort);
        arrived(bob, id, big, downloads);
        alice.api().until("/v1/files", n -> n.size() == 6 && allComplete(n), WAIT_FILES);
        try (var listing = Files.list(downloads)) {
            assertEquals(6, listing.count(), "six files and no part files");
        }
    }

    @Test
    void filesThroughAPrivacyModeOwnerAcrossARelayRestart() throws Exception {
        int relayPort = relay("files-it-relay");
        ChildJvm first = children.getLast();
        Daemon owner = daemon("owner", relayPort);
        Daemon alice = daemon("alice", relayPort);
        Daemon bob = daemon("bob", relayPort);
        befriend(owner, alice);
        befriend(owner, bob); // alice and bob do not know each other: everything goes through the owner
        String group = owner.api().postOk("/v1/groups", Map.of("name", "hidden", "members", List.of(alice.address(), bob.address()),
                "hideParticipants", true)).get("address").asText();
        for (Daemon d : List.of(alice, bob)) {
            d.api().until("/v1/groups", n -> n.size() == 1, WAIT_FILES);
        }
        String aliceInGroup = bob.api().getOk("/v1/groups/" + group).get("members").get(1).get("address").asText();
        Path downloads = dir.resolve("bob").resolve("downloads").toAbsolutePath();

        int[] sizes = {0, 1, 102_399, 102_400, 102_401};
        for (int i = 0; i < sizes.length; i++) {
            Path src = file("group-" + sizes[i] + ".bin", sizes[i], 10 + i);
            JsonNode offer = offerInGroup(alice, bob, group, src);
            assertEquals(owner.address(), offer.get("peer").asText(), "bob pulls from the owner");
            bob.api().postOk("/v1/files/" + offer.get("id").asLong() + "/accept", Map.of());
            arrived(bob, offer.get("id").asLong(), src, downloads);
        }
        JsonNode messages = bob.api().getOk("/v1/conversations/" + group + "/messages");
        assertEquals(aliceInGroup, messages.get(0).get("from").asText(), "the author's virtual address");

        Path big = file("group-big.bin", BIG, 98);
        JsonNode offer = offerInGroup(alice, bob, group, big);
        long id = offer.get("id").asLong();
        bob.api().postOk("/v1/files/" + id + "/accept", Map.of());
        bob.api().until("/v1/files/" + id, n -> n.get("bytesDone").asLong() >= 4L * 1024 * 1024, WAIT_FILES);
        first.terminate();
        Thread.sleep(2000);
        assertEquals("transferring", bob.api().getOk("/v1/files/" + id).get("state").asText());
        relay(relayPort);
        arrived(bob, id, big, downloads);
    }

    /** Alice offers {@code src} to the group; the offer as it reaches bob (through the owner, once it has the file). */
    static JsonNode offerInGroup(Daemon alice, Daemon bob, String group, Path src) throws Exception {
        JsonNode sent = alice.api().ok(alice.api().post("/v1/files", Map.of("to", group, "path", src.toString())));
        String messageId = sent.get("messageId").asText();
        return find(bob.api().until("/v1/conversations/" + group + "/files", n -> find(n, messageId) != null, WAIT_FILES), messageId);
    }

    static boolean allComplete(JsonNode transfers) {
        for (JsonNode t : transfers) {
            if (!t.get("state").asText().equals("complete")) {
                return false;
            }
        }
        return true;
    }
}
