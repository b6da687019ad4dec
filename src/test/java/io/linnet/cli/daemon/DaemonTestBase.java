package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/** Tests that drive daemons from the packaged jar through their API: a relay, daemons with identities, contacts. */
abstract class DaemonTestBase extends ChildJvmTestBase {
    static final String PW = "daemon-it-password";
    static final Duration WAIT = Duration.ofSeconds(45);

    record Daemon(ChildJvm jvm, ApiClient api, String address) {}

    Daemon daemon(String name, int relayPort, boolean create) throws Exception {
        ChildJvm jvm = track(ChildJvm.daemon(getClass().getSimpleName() + "-" + name, dir.resolve(name), relayPort));
        int port = jvm.awaitDaemonReady();
        ApiClient api = new ApiClient("127.0.0.1:" + port, dir.resolve(name));
        JsonNode id = create ? api.ok(api.post("/v1/identity", Map.of("nickname", name, "password", PW)))
                : api.postOk("/v1/unlock", Map.of("password", PW));
        return new Daemon(jvm, api, id.get("address").asText());
    }

    static void befriend(Daemon from, Daemon to) throws Exception {
        from.api.postOk("/v1/contacts", Map.of("address", to.address));
        to.api.until("/v1/contacts", n -> contact(n, from.address, "state").equals("request_received"), WAIT);
        to.api.postOk("/v1/contacts/" + from.address + "/accept", Map.of());
        from.api.until("/v1/contacts", n -> contact(n, to.address, "handshake").equals("established"), WAIT);
        to.api.until("/v1/contacts", n -> contact(n, from.address, "handshake").equals("established"), WAIT);
    }

    /** Starts the relay and returns its port. */
    int relay(String name) throws Exception {
        ChildJvm relay = track(ChildJvm.relay(name, dir.resolve("relay")));
        return Integer.parseInt(relay.await(ChildJvm.RELAY_READY, Duration.ofSeconds(60)).group(2));
    }

    /** A relay and three daemons for group tests: the owner and two members who are its contacts. */
    record Trio(int relayPort, Daemon owner, Daemon bea, Daemon cid) {}

    /** Starts a {@link Trio}; with {@code mesh} bea and cid are each other's contacts too. */
    Trio trio(String relayName, boolean mesh) throws Exception {
        int relayPort = relay(relayName);
        Trio t = new Trio(relayPort, daemon("owner", relayPort, true), daemon("bea", relayPort, true),
                daemon("cid", relayPort, true));
        befriend(t.owner(), t.bea());
        befriend(t.owner(), t.cid());
        if (mesh) {
            befriend(t.bea(), t.cid());
        }
        return t;
    }

    static String contact(JsonNode contacts, String address, String field) {
        for (JsonNode c : contacts) {
            if (c.get("address").asText().equals(address)) {
                return c.get(field).asText();
            }
        }
        return "";
    }
}
