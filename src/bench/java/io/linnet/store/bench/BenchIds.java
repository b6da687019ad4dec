package io.linnet.store.bench;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Seeded addresses and message ids for the benchmark, and the machine's CPU name for the report. */
final class BenchIds {
    private BenchIds() {}

    /** A version 1 address made from {@code n}. */
    static Address address(int n) {
        byte[] raw = new byte[45];
        new SplittableRandom(n + 1000L).nextBytes(raw);
        raw[0] = 1;
        try {
            return Address.fromBytes(raw);
        } catch (ProtocolException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random-looking 16-byte id, as real message ids are (so the unique index sees random inserts). */
    static Bytes id(long n) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        return Bytes.of(ByteBuffer.allocate(16).putLong(r.nextLong()).putLong(r.nextLong()).array());
    }

    static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }
}
