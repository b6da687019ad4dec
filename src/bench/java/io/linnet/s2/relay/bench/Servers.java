package io.linnet.s2.relay.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Starting and stopping the server processes under test: free ports, readiness waits, a clean stop. */
final class Servers {
    private Servers() {}

    /** A loopback port that was free a moment ago. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code ready} holds; fails if the process ends first or {@code timeout} passes. */
    static void await(Process p, String what, Duration timeout, BooleanSupplier ready, Path log)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!p.isAlive()) {
                throw new IOException(what + " exited with " + p.exitValue() + ": " + tail(log));
            }
            if (System.nanoTime() > deadline) {
                stop(p);
                throw new IOException(what + " not ready after " + timeout.toSeconds() + " s: " + tail(log));
            }
            Thread.sleep(100);
        }
    }

    /** True once something accepts TCP connections on 127.0.0.1:{@code port}. */
    static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True once {@code log} contains {@code text}. */
    static boolean logged(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGTERM, up to 15 s to finish, then SIGKILL. */
    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log).strip();
            return s.substring(Math.max(0, s.length() - 600));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
