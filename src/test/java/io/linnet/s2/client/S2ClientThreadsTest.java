package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.S2Data;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The facade's threads: events posted to the engine, callbacks on the event thread, a clean close. */
class S2ClientThreadsTest {
    static final TestRelays.Relay A = TestRelays.relay(7101);
    static final ClientIdentity ME = TestRelays.client(1);
    static final ClientIdentity BOB = TestRelays.client(2);
    static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void callbacksRunOnTheEventThreadAndCloseEndsEveryThread() throws Exception {
        FakeConnector net = new FakeConnector();
        ClientTimings t = ClientTimings.defaults().withTick(Duration.ofMillis(20)).withSendTimeout(Duration.ofMillis(300));
        S2ClientConfig config = new S2ClientConfig(TestRelays.LOCAL, ME, List.of(A.seed()), t, InstantSource.system(),
                "linnet-test", 1);
        RecordingListener listener = new RecordingListener();
        S2Client client = new S2Client(config, c -> net);
        client.addListener(listener);
        client.start();
        Await.until(WAIT, () -> net.attemptsTo(A.hostPort()) == 1, "a connection attempt");
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        Await.until(WAIT, () -> client.state().primaryRelay().isPresent(), "a primary relay");
        StreamMessage hello = StreamMessage.builder(1, InstantSource.system()).sender(BOB.address())
                .recipient(ME.address()).data(Bytes.utf8("hi")).build();
        net.events.message(a, S2Data.of(hello));
        Await.until(WAIT, () -> listener.messages.size() == 1, "the message at the listener");
        assertEquals(hello, listener.messages.getFirst().message());

        CompletableFuture<String> completedOn = client.send(StreamMessage.builder(1, InstantSource.system())
                .sender(ME.address()).recipient(BOB.address()).build())
                .thenApply(r -> r.outcome() + " on " + Thread.currentThread().getName()).toCompletableFuture();
        String how = completedOn.get(5, TimeUnit.SECONDS);
        assertTrue(how.startsWith("FAILED on s2client-events-"), how);
        assertTrue(listener.callbackThreads.stream().allMatch(n -> n.startsWith("s2client-events-")),
                listener.callbackThreads::toString);

        client.close();
        assertTrue(net.closed);
        assertTrue(a.closed);
        assertEquals(List.of(), Await.threads("s2client-"), "engine and event threads end before close returns");
        assertEquals(DeliveryResult.Outcome.FAILED,
                client.send(hello).toCompletableFuture().get(1, TimeUnit.SECONDS).outcome());
        assertThrows(IllegalStateException.class, client::start);
        client.close();
    }
}
