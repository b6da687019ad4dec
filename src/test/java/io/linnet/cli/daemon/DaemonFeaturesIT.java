package io.linnet.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two daemons from the packaged jar, unlocked at start from a password file (alice through
 * {@code --password-file}, bob through {@code LINNET_PASSWORD_FILE}), become contacts and use every chat
 * feature through the API: a message through sending → delivered → read, a reply, an edit, a reaction set
 * and removed, typing, delete for everyone. The relay is restarted in the middle (what alice writes while it
 * is down reaches bob once and in order), bob is killed with {@code kill -9} and comes back unlocked on his
 * own, and alice's contact list follows bob's presence through it.
 */
class DaemonFeaturesIT extends ChildJvmTestBase {
    static final String PW = "features-it-password";
    static final Duration WAIT = Duration.ofSeconds(45);
    static final Pattern READY = Pattern.compile("daemon ready: api http://127\\.0\\.0\\.1:(\\d+) identity (\\w+)");

    /** A daemon and how it reported itself ready. */
    record Started(ChildJvm jvm, ApiClient api, String identity) {}

    Started daemon(String name, String generation, int relayPort, Map<String, String> env, String... extra) throws Exception {
        ChildJvm jvm = track(ChildJvm.daemon("daemon-features-" + name + generation, dir.resolve(name), relayPort, env, extra));
        Matcher ready = jvm.await(READY, Duration.ofSeconds(60));
        return new Started(jvm, new ApiClient("127.0.0.1:" + ready.group(1), dir.resolve(name)), ready.group(2));
    }

    static String texts(JsonNode messages) {
        List<String> out = new ArrayList<>();
        messages.forEach(m -> out.add(m.get("text").asText()));
        return String.join("|", out);
    }

    static boolean online(JsonNode contacts, String address) {
        return DaemonJarIT.contact(contacts, address, "online").equals("true");
    }

    @Test
    void twoDaemonsUseEveryFeatureThroughARelayRestartAndAKill() throws Exception {
        Path pwFile = dir.resolve("password");
        Files.writeString(pwFile, PW + "\n");
        Files.setPosixFilePermissions(pwFile, PosixFilePermissions.fromString("rw-------"));
        ChildJvm relay = track(ChildJvm.relay("daemon-features-relay", dir.resolve("relay")));
        int relayPort = Integer.parseInt(relay.await(ChildJvm.RELAY_READY, Duration.ofSeconds(60)).group(2));

        Started alice = daemon("alice", "", relayPort, Map.of(), "--password-file", pwFile.toString());
        Started bob = daemon("bob", "", relayPort, Map.of(PasswordFile.ENV, pwFile.toString()));
        assertEquals("none", alice.identity(), "nothing to unlock before the identity exists");
        ApiClient a = alice.api();
        String aAddr = a.postOk("/v1/identity", Map.of("nickname", "alice", "password", PW)).get("address").asText();
        String bAddr = bob.api().postOk("/v1/identity", Map.of("nickname", "bob", "password", PW)).get("address").asText();
        DaemonJarIT.befriend(new DaemonJarIT.Daemon(alice.jvm(), a, aAddr), new DaemonJarIT.Daemon(bob.jvm(), bob.api(), bAddr));
        ApiClient b = bob.api();
        BlockingQueue<String> bobEvents = b.events();
        String atA = "/v1/conversations/" + bAddr + "/messages";
        String atB = "/v1/conversations/" + aAddr + "/messages";

        String hello = a.postOk("/v1/messages", Map.of("to", bAddr, "text", "hello")).get("id").asText();
        b.until(atB, n -> texts(n).equals("hello"), WAIT);
        a.until(atA, n -> n.get(0).get("state").asText().equals("delivered"), WAIT);
        String reply = b.postOk("/v1/messages", Map.of("to", aAddr, "text", "hi alice", "replyTo", hello)).get("id").asText();
        a.until(atA, n -> n.size() == 2 && n.get(1).get("replyTo").asText().equals(hello), WAIT);
        b.postOk("/v1/conversations/" + aAddr + "/read", Map.of());
        a.until(atA, n -> n.get(0).get("state").asText().equals("read"), WAIT);
        a.ok(a.request("PATCH", atA + "/" + hello, Map.of("text", "hello, bob")));
        b.until(atB, n -> texts(n).equals("hello, bob|hi alice") && n.get(0).get("edited").asBoolean(), WAIT);
        b.postOk(atB + "/" + hello + "/reactions", Map.of("emoji", "\uD83C\uDF89"));
        a.until(atA, n -> n.get(0).get("reactions").size() == 1, WAIT);
        b.postOk(atB + "/" + hello + "/reactions", Map.of("emoji", ""));
        a.until(atA, n -> n.get(0).get("reactions").isEmpty(), WAIT);
        a.ok(a.request("POST", "/v1/conversations/" + bAddr + "/typing", null));
        ApiClient.awaitEvent(bobEvents, "TypingChanged", "\"typing\":true", WAIT);
        a.ok(a.request("DELETE", atA + "/" + hello, null));
        b.until(atB, n -> n.get(0).get("deleted").asBoolean() && texts(n).equals("|hi alice"), WAIT);
        a.until("/v1/contacts", n -> online(n, bAddr), WAIT);

        assertTrue(relay.terminate() >= 0);
        for (int i = 1; i <= 3; i++) {
            assertEquals("sending", a.postOk("/v1/messages", Map.of("to", bAddr, "text", "relay down " + i)).get("state").asText());
        }
        ChildJvm relay2 = track(ChildJvm.relay("daemon-features-relay-2", dir.resolve("relay"), relayPort));
        relay2.await(ChildJvm.RELAY_READY, Duration.ofSeconds(60));
        b.until(atB, n -> texts(n).equals("|hi alice|relay down 1|relay down 2|relay down 3"), WAIT);
        a.until(atA, n -> n.size() == 5 && n.get(4).get("state").asText().equals("delivered"), WAIT);
        b.ok(b.request("PATCH", atB + "/" + reply, Map.of("text", "hi alice, edited after the restart")));
        a.until(atA, n -> n.get(1).get("text").asText().equals("hi alice, edited after the restart"), WAIT);

        bob.jvm().kill();
        a.until("/v1/contacts", n -> !online(n, bAddr), WAIT);
        a.postOk("/v1/messages", Map.of("to", bAddr, "text", "while bob is down"));
        Started bob2 = daemon("bob", "-2", relayPort, Map.of(PasswordFile.ENV, pwFile.toString()));
        assertEquals("unlocked", bob2.identity(), "unlocked from the password file at start");
        assertEquals(bAddr, bob2.api().getOk("/v1/identity").get("address").asText());
        bob2.api().until(atB, n -> texts(n).equals("|hi alice, edited after the restart|relay down 1|relay down 2|relay down 3"
                + "|while bob is down"), WAIT);
        a.until("/v1/contacts", n -> online(n, bAddr), WAIT);
        a.until(atA, n -> n.size() == 6 && n.get(5).get("state").asText().equals("delivered"), WAIT);

        for (String log : List.of("daemon-features-alice", "daemon-features-bob", "daemon-features-bob-2")) {
            assertFalse(Files.readString(Path.of("target", "it-logs", log + ".log")).contains(PW), log + " never logs the password");
        }
    }
}
