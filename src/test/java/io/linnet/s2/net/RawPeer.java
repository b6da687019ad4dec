package io.linnet.s2.net;

import io.linnet.ixian.ProtocolException;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.Messages;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.FrameDecoder;
import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.WireEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A scripted test peer on a plain socket: writes whatever bytes a test wants and records every unit
 * that comes back, so tests see the wire exactly as a foreign node would.
 */
public final class RawPeer implements AutoCloseable {
    private final Socket socket;
    private final java.io.OutputStream out;
    private final BlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
    private final List<WireEvent> seen = new ArrayList<>();
    private final CountDownLatch eof = new CountDownLatch(1);
    private final Object gate = new Object();
    private boolean paused;

    private RawPeer(Socket socket) {
        this.socket = socket;
        try {
            this.out = socket.getOutputStream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Thread.ofVirtual().name("raw-peer-read").start(this::read);
    }

    public static RawPeer connect(int port) throws IOException {
        return connect(port, 0);
    }

    /** Connects with a socket receive buffer of {@code receiveBuffer} bytes (0: the system's default). */
    public static RawPeer connect(int port, int receiveBuffer) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) {
            s.setReceiveBufferSize(receiveBuffer);
        }
        s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        s.setTcpNoDelay(true);
        return new RawPeer(s);
    }

    public static RawPeer wrap(Socket s) {
        return new RawPeer(s);
    }

    private void read() {
        FrameDecoder decoder = new FrameDecoder();
        byte[] buf = new byte[8192];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while (awaitUnpaused() && (n = in.read(buf)) >= 0) {
                events.addAll(decoder.feed(buf, 0, n));
            }
        } catch (IOException e) {
            // closed by either side
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            eof.countDown();
        }
    }

    private boolean awaitUnpaused() throws InterruptedException {
        synchronized (gate) {
            while (paused) {
                gate.wait();
            }
        }
        return true;
    }

    /**
     * Stops taking bytes off the socket (after the read under way, if any), so that what the other side
     * sends piles up in the socket buffers: a peer that does not read.
     */
    public RawPeer pauseReading() {
        synchronized (gate) {
            paused = true;
        }
        return this;
    }

    /** Reads again after {@link #pauseReading()}. */
    public RawPeer resumeReading() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
        return this;
    }

    public synchronized RawPeer write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    public RawPeer send(S2Message m) throws IOException {
        return write(FrameEncoder.encode(m.toFrame()));
    }

    public RawPeer ping() throws IOException {
        return write(FrameEncoder.ping());
    }

    /** The next event matching {@code want}, skipping others (they stay in {@link #seen()}); fails after the timeout. */
    public WireEvent await(Predicate<WireEvent> want, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            WireEvent e = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            if (e == null) {
                throw new AssertionError("nothing matching arrived within " + timeout + "; seen " + seen);
            }
            seen.add(e);
            if (want.test(e)) {
                return e;
            }
        }
    }

    /** The next frame with this code, decoded. */
    public S2Message awaitMessage(MessageCode code, Duration timeout) throws InterruptedException, ProtocolException {
        WireEvent e = await(ev -> ev instanceof WireEvent.FrameReceived f && f.frame().code().equals(code), timeout);
        return Messages.decode(((WireEvent.FrameReceived) e).frame());
    }

    public Frame awaitFrame(MessageCode code, Duration timeout) throws InterruptedException {
        WireEvent e = await(ev -> ev instanceof WireEvent.FrameReceived f && f.frame().code().equals(code), timeout);
        return ((WireEvent.FrameReceived) e).frame();
    }

    public Bye awaitBye(Duration timeout) throws InterruptedException, ProtocolException {
        return (Bye) awaitMessage(MessageCode.BYE, timeout);
    }

    /** Events received so far without waiting (drains the queue into {@link #seen()}). */
    public List<WireEvent> seen() {
        events.drainTo(seen);
        return List.copyOf(seen);
    }

    /** True once the other side closed (end of stream or reset) within the timeout. */
    public boolean awaitEof(Duration timeout) throws InterruptedException {
        return eof.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public boolean isEof() {
        return eof.getCount() == 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        resumeReading();
    }
}
