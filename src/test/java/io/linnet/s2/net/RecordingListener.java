package io.linnet.s2.net;

import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.WireEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Records what a connection reports, and on which thread. */
final class RecordingListener implements ConnectionListener {
    final List<Frame> frames = new CopyOnWriteArrayList<>();
    final List<WireEvent> problems = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final AtomicInteger closedCalls = new AtomicInteger();
    final AtomicReference<CloseReason> reason = new AtomicReference<>();

    @Override
    public void onFrame(PeerConnection connection, Frame frame) {
        threads.add(Thread.currentThread().getName());
        frames.add(frame);
    }

    @Override
    public void onClosed(PeerConnection connection, CloseReason why) {
        threads.add(Thread.currentThread().getName());
        reason.set(why);
        closedCalls.incrementAndGet();
    }

    @Override
    public void onWireProblem(PeerConnection connection, WireEvent problem) {
        problems.add(problem);
    }
}
