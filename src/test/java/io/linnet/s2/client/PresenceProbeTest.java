package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.UpdatePresence;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Presence lookups for the application ("is bob online?"), driven by hand: fresh answers, sharing, timeouts. */
class PresenceProbeTest extends EngineTestBase {

    @Test
    void answersWhenTheNewestClientEntryWasSignedAskingAfreshEachTime() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        a.clear();
        CompletableFuture<Optional<Instant>> first = new CompletableFuture<>();
        CompletableFuture<Optional<Instant>> joined = new CompletableFuture<>();
        engine.lookupPresence(BOB.address(), first);
        engine.lookupPresence(BOB.address(), joined);
        engine.message(a, sectorAnswer(BOB));
        assertEquals(1, a.sent(GetPresence2.class).size(), "one question for both lookups");
        long signed = netNow() - 40;
        engine.message(a, new UpdatePresence(TestRelays.clientPresence(BOB, A.hostPort(), signed)));
        assertEquals(Optional.of(Instant.ofEpochSecond(signed)), first.getNow(null));
        assertEquals(first.getNow(null), joined.getNow(null));

        a.clear();
        CompletableFuture<Optional<Instant>> again = new CompletableFuture<>();
        engine.lookupPresence(BOB.address(), again);
        assertEquals(1, a.sent(GetPresence2.class).size(), "the cached presence is not the answer: asked again");
        assertFalse(again.isDone());
        engine.message(a, new UpdatePresence(TestRelays.clientPresence(BOB, A.hostPort(), netNow())));
        assertEquals(Optional.of(Instant.ofEpochSecond(netNow())), again.getNow(null));
    }

    @Test
    void noAnswerWithinTheLookupTimeoutsIsEmpty() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        CompletableFuture<Optional<Instant>> probe = new CompletableFuture<>();
        engine.lookupPresence(BOB.address(), probe);
        engine.message(a, sectorAnswer(BOB));
        advance(4);
        assertFalse(probe.isDone());
        advance(2);
        assertEquals(Optional.empty(), probe.getNow(null));
    }

    @Test
    void aClosedClientAnswersEmpty() {
        net.up(A.hostPort(), A.address());
        CompletableFuture<Optional<Instant>> pending = new CompletableFuture<>();
        engine.lookupPresence(BOB.address(), pending);
        engine.close();
        assertEquals(Optional.empty(), pending.getNow(null));
        CompletableFuture<Optional<Instant>> after = new CompletableFuture<>();
        engine.lookupPresence(BOB.address(), after);
        assertSame(Optional.empty(), after.getNow(null));
    }
}
