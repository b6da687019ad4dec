package io.linnet.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linnet.chat.api.EngineEvent;
import io.linnet.ixian.address.Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Engine events reach the UI in order, many per hop. */
class UiEventsTest {
    @Test
    void aBurstIsOneHopInOrder() throws Exception {
        Queue<Runnable> fx = new ArrayDeque<>();
        UiEvents events = new UiEvents(fx::add);
        List<EngineEvent> seen = new ArrayList<>();
        Runnable stop = events.listen(seen::add);
        Address a = Address.parse(AddressInputTest.A);
        List<EngineEvent> sent = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            EngineEvent e = new EngineEvent.TypingChanged(a, i % 2 == 0);
            sent.add(e);
            events.accept(e);
        }
        assertEquals(1, fx.size(), "one task scheduled for the whole burst");
        fx.poll().run();
        assertEquals(sent, seen);
        assertEquals(1, events.batches());
        events.accept(sent.getFirst());
        assertEquals(1, fx.size(), "the next event schedules again");
        stop.run();
        fx.poll().run();
        assertEquals(1000, seen.size(), "a removed listener hears nothing more");
    }
}
