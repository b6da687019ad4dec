package io.linnet.app;

import static io.linnet.app.RelayFixture.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineConfig;
import io.linnet.ixian.address.Address;
import io.linnet.s2.client.ClientTimings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Presence through a real relay: a contact whose client runs stays online on its presence alone (re-signed
 * every 2 s here), turns offline within the freshness time plus one refresh after its client stops (the
 * relay keeps the stopped client's presence, which only ages), and online again when it comes back.
 * Presence is looked up every second and fresh for 5 s.
 */
class RelayPresenceTest extends RelayTestBase {
    static final ClientTimings CLIENT = RelayChatIntegrationTest.CLIENT.withKeepAliveInterval(Duration.ofSeconds(2));
    static final Duration REFRESH = Duration.ofSeconds(1);
    static final Duration FRESH = Duration.ofSeconds(5);
    static final EngineConfig ENGINE = RelayChatIntegrationTest.ENGINE.withPresence(REFRESH, FRESH);

    @Override
    ProfileRuntime start(String name) throws Exception {
        return track(net.profile(name, CLIENT, ENGINE));
    }

    @Test
    void onlineWhileTheClientRunsOfflineSoonAfterItStopsOnlineAgainWhenItReturns() throws Exception {
        ProfileRuntime a = start("alice");
        List<EngineEvent.PresenceChanged> events = new CopyOnWriteArrayList<>();
        a.messenger().events().subscribe(e -> {
            if (e instanceof EngineEvent.PresenceChanged p) {
                events.add(p);
            }
        });
        ProfileRuntime b = start("bob");
        Address bob = b.messenger().address();
        RelayFixture.connect(a.messenger(), b.messenger());
        until(() -> a.messenger().isOnline(bob), "bob online");
        assertEquals(List.of(true), events.stream().map(EngineEvent.PresenceChanged::online).toList());

        Thread.sleep(FRESH.plus(REFRESH.multipliedBy(2)).toMillis());
        assertTrue(a.messenger().isOnline(bob), "still online on its presence alone, nothing heard for " + FRESH);
        assertEquals(1, events.size(), "no flapping");

        shut(b);
        long stopped = System.nanoTime();
        until(() -> !a.messenger().isOnline(bob), "bob offline after his client stopped");
        Duration took = Duration.ofNanos(System.nanoTime() - stopped);
        System.out.println("RelayPresenceTest: offline " + took.toMillis() + " ms after the client stopped");
        assertTrue(took.compareTo(FRESH.plus(REFRESH).plus(CLIENT.keepAliveInterval()).plusSeconds(2)) < 0, took.toString());
        assertEquals(new EngineEvent.PresenceChanged(bob, false), events.getLast());

        start("bob");
        until(() -> a.messenger().isOnline(bob), "bob online again");
        assertEquals(List.of(true, false, true), events.stream().map(EngineEvent.PresenceChanged::online).toList());
    }
}
