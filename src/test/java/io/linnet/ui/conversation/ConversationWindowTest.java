package io.linnet.ui.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.FileTransfers;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.PageCursor;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ui.common.UiThreads;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The conversation's bounded window of pages: scrolling up through a long history holds at most
 * {@link ConversationViewModel#KEPT} messages, scrolling back down reads the dropped pages again, and day
 * separators and new messages stay right at either end. Runs the view-model on a history in memory, with
 * reads done at once on the calling thread.
 */
class ConversationWindowTest {
    private static final Address PEER = peer();
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    /** 37 minutes apart: a new day every 39 messages, so page and window edges fall inside days. */
    private static final Duration GAP = Duration.ofMinutes(37);

    private final List<StoredMessage> history = new ArrayList<>();
    private int typingSent;
    private final ConversationViewModel vm = new ConversationViewModel(messenger(), new UiThreads(Runnable::run, Runnable::run),
            PEER, false, Clock.fixed(T0, ZoneOffset.UTC));

    private static Address peer() {
        try {
            return Address.parse("3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWU");
        } catch (io.linnet.ixian.ProtocolException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredMessage message(long n) {
        Instant at = T0.plus(GAP.multipliedBy(n));
        Bytes id = Bytes.of(ByteBuffer.allocate(8).putLong(n).array());
        return new StoredMessage(n, new MessageKey(PEER, id), 0, Direction.INCOMING, null, MessageState.READ, at, at, null, null,
                Bytes.EMPTY, "message " + n);
    }

    private void fill(int n) {
        for (int i = 0; i < n; i++) {
            history.add(message(i));
        }
    }

    private static Comparator<StoredMessage> order() {
        return Comparator.comparing(StoredMessage::sentAt).thenComparingLong(StoredMessage::seq);
    }

    private static int compare(StoredMessage m, PageCursor c) {
        int t = m.sentAt().compareTo(c.sentAt());
        return t != 0 ? t : Long.compare(m.seq(), c.seq());
    }

    /** The history methods the view-model calls, answered from {@link #history}; the rest answer "nothing". */
    private Messenger messenger() {
        FileTransfers files = (FileTransfers) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {FileTransfers.class},
                (p, m, a) -> switch (m.getName()) {
                    case "forMessage" -> Optional.empty();
                    case "forMessages" -> java.util.Map.of();
                    default -> null;
                });
        return (Messenger) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Messenger.class}, (p, m, a) -> {
            List<StoredMessage> sorted = history.stream().sorted(order()).toList();
            return switch (m.getName()) {
                case "history" -> sorted.subList(Math.max(0, sorted.size() - (int) a[1]), sorted.size());
                case "olderHistory" -> {
                    List<StoredMessage> before = sorted.stream().filter(s -> compare(s, (PageCursor) a[1]) < 0).toList();
                    yield before.subList(Math.max(0, before.size() - (int) a[2]), before.size());
                }
                case "newerHistory" -> sorted.stream().filter(s -> compare(s, (PageCursor) a[1]) > 0).limit((int) a[2]).toList();
                case "reactions", "contacts" -> List.of();
                case "reactionsOf" -> java.util.Map.of();
                case "message" -> sorted.stream().filter(s -> s.key().equals(a[0])).findFirst();
                case "files" -> files;
                case "address" -> PEER;
                case "typing" -> {
                    typingSent++;
                    yield null;
                }
                case "markRead" -> null;
                default -> m.getReturnType() == java.util.concurrent.CompletionStage.class ? CompletableFuture.completedFuture(null) : null;
            };
        });
    }

    private List<Long> held() {
        return vm.rows().stream().filter(r -> r instanceof MessageItem).map(r -> ((MessageItem) r).message().seq()).toList();
    }

    /** Held messages are one unbroken run of the history, and every day starts with exactly one separator. */
    private void assertWellFormed() {
        List<Long> held = held();
        for (int i = 1; i < held.size(); i++) {
            assertEquals(held.get(i - 1) + 1, held.get(i), "no gap in the held messages");
        }
        assertInstanceOf(Row.Day.class, vm.rows().getFirst(), "a separator on top");
        LocalDate day = null;
        for (Row r : vm.rows()) {
            if (r instanceof Row.Day d) {
                assertFalse(d.day().equals(day), "one separator per day");
                day = d.day();
            } else {
                assertEquals(day, ((MessageItem) r).message().sentAt().atZone(ZoneOffset.UTC).toLocalDate(), "under its day's separator");
            }
        }
        assertTrue(held.size() <= ConversationViewModel.KEPT, "at most " + ConversationViewModel.KEPT + " held, not " + held.size());
    }

    @Test
    void scrollingUpHoldsABoundedWindowAndScrollingDownReadsDroppedPagesAgain() {
        int n = 2_000;
        fill(n);
        vm.open();
        assertEquals(ConversationViewModel.FIRST_PAGE, held().size());
        assertEquals(n - 1, held().getLast());
        assertFalse(vm.hasNewerProperty().get());

        int loads = 0;
        while (vm.hasOlderProperty().get()) {
            vm.loadOlder();
            assertWellFormed();
            loads++;
        }
        // 1 975 older messages: 39 full pages and a last one of 25
        assertEquals((n - ConversationViewModel.FIRST_PAGE + ConversationViewModel.PAGE - 1) / ConversationViewModel.PAGE, loads);
        assertEquals(0, held().getFirst(), "the oldest message reached");
        assertEquals(ConversationViewModel.KEPT, held().size());
        assertTrue(vm.hasNewerProperty().get(), "the newest pages were dropped");

        while (vm.hasNewerProperty().get()) {
            vm.loadNewer();
            assertWellFormed();
        }
        assertEquals(n - 1, held().getLast(), "back at the newest message");
        assertTrue(vm.hasOlderProperty().get());
    }

    @Test
    void aNewMessageWaitsWhileTheNewestAreDroppedAndSendingGoesBackToThem() {
        fill(800);
        vm.open();
        while (vm.hasOlderProperty().get()) {
            vm.loadOlder();
        }
        StoredMessage fresh = message(800);
        history.add(fresh);
        vm.onEvent(new EngineEvent.MessageAdded(fresh));
        assertEquals(ConversationViewModel.KEPT - 1, held().getLast(), "not added below a gap");

        vm.draftProperty().set("hello");
        vm.send();
        assertFalse(vm.hasNewerProperty().get());
        assertEquals(800, held().getLast(), "the newest page again, with the new message");
        assertWellFormed();

        StoredMessage next = message(801);
        history.add(next);
        vm.onEvent(new EngineEvent.MessageAdded(next));
        assertEquals(801, held().getLast(), "appended at the newest end");
        assertWellFormed();
    }

    @Test
    void aDraftPutBackIsNotTyping() {
        vm.restoreDraft("left unsent earlier");
        assertEquals("left unsent earlier", vm.draftProperty().get());
        assertEquals(0, typingSent, "putting a kept draft back tells the peer nothing");
        vm.draftProperty().set("left unsent earlier, and more");
        assertEquals(1, typingSent, "typing does");
    }
}
