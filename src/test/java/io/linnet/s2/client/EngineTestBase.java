package io.linnet.s2.client;


import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.SectorNodes;
import io.linnet.s2.sector.Sectors;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;

/**
 * The client engine driven by hand: fake clock, fake connections, real signatures; no sockets, no
 * threads. Subclasses hold the tests.
 */
abstract class EngineTestBase {
    static final TestRelays.Relay A = TestRelays.relay(7001);
    static final TestRelays.Relay B = TestRelays.relay(7002);
    static final TestRelays.Relay C = TestRelays.relay(7003);
    static final ClientIdentity ME = TestRelays.client(1);
    static final ClientIdentity BOB = TestRelays.client(2);
    static final Backoff STEADY = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.0);

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    final FakeConnector net = new FakeConnector();
    final RecordingListener listener = new RecordingListener();
    ClientEngine engine;

    @BeforeEach
    void start() {
        ClientTimings t = ClientTimings.defaults().withRelayErrorWait(Duration.ofSeconds(1)).withBackoff(STEADY);
        S2ClientConfig config = new S2ClientConfig(TestRelays.LOCAL, ME, List.of(A.seed(), B.seed(), C.seed()), t,
                clock, "linnet-test", 2);
        ListenerHub hub = new ListenerHub(Runnable::run);
        hub.add(listener);
        engine = new ClientEngine(config, net, hub, new SplittableRandom(5));
        engine.start();
    }

    long netNow() {
        return clock.instant().getEpochSecond();
    }

    void advance(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        engine.tick();
    }

    SectorNodes sectorAnswer(ClientIdentity who) {
        long now = netNow();
        return SectorNodes.of(Sectors.prefix(who.address()), List.of(A.presence(now), B.presence(now), C.presence(now)));
    }

    StreamMessage messageTo(ClientIdentity to) {
        return StreamMessage.builder(1, clock).sender(ME.address()).recipient(to.address()).data(Bytes.utf8("hi")).build();
    }
}
