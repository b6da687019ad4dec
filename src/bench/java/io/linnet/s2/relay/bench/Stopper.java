package io.linnet.s2.relay.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Kills the server processes if this JVM ends before it stopped them itself (Ctrl-C, an exception that
 * escapes): a JVM shutdown hook, removed again on {@link #close()}.
 */
final class Stopper implements AutoCloseable {
    private final List<ProcessHandle> processes = new CopyOnWriteArrayList<>();
    private final Thread hook = new Thread(() -> processes.forEach(ProcessHandle::destroyForcibly), "bench-stopper");

    Stopper(ProcessHandle first) {
        processes.add(first);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void add(ProcessHandle p) {
        processes.add(p);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }
}
