package io.linnet.cli.daemon;

import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.EngineEvents;
import io.linnet.chat.api.Messenger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /v1/events}: Server-Sent Events, one {@code event:}/{@code data:} pair per engine event (named
 * like the engine's record, data one line of JSON), a comment line as heartbeat when nothing happened for a
 * while, and the end of the stream when the daemon stops. Any number of subscribers; each has its own
 * queue, filled on the engine's event thread and drained by the request's own thread, so a slow reader
 * never holds up the engine — one that falls {@link #QUEUE} events behind is cut off instead.
 */
final class EventStream implements AutoCloseable {
    static final int QUEUE = 10_000;
    private static final Object END = new Object();

    private final DaemonState state;
    private final Duration heartbeat;
    private final Set<BlockingQueue<Object>> subscribers = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    EventStream(DaemonState state, Duration heartbeat) {
        this.state = state;
        this.heartbeat = heartbeat;
    }

    List<Route> routes() {
        return List.of(Route.of("GET", "/v1/events", (ex, p) -> serve(ex)));
    }

    private void serve(HttpExchange ex) throws IOException {
        Messenger m = state.require().messenger();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE + 1);
        EngineEvents.Subscription sub = m.events().subscribe(e -> {
            if (!queue.offer(e)) {
                queue.clear();
                queue.offer(END);
            }
        });
        subscribers.add(queue);
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            write(out, ": connected\n\n");
            while (!closed) {
                Object next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (next == END) {
                    break;
                }
                if (next instanceof EngineEvent e) {
                    JsonViews.Event v = JsonViews.event(e, m.address());
                    write(out, "event: " + v.name() + "\ndata: " + Exchanges.JSON.writeValueAsString(v.data()) + "\n\n");
                } else {
                    write(out, ": heartbeat\n\n");
                }
            }
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sub.close();
            subscribers.remove(queue);
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends every open stream (they finish with their last event). */
    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<Object> q : subscribers) {
            q.clear();
            q.offer(END);
        }
    }
}
