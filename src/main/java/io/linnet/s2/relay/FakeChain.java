package io.linnet.s2.relay;

import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.Hashes;
import io.linnet.s2.net.BlockStamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Supplier;

/**
 * The made-up chain position a relay without a DLT states in {@code helloData} (§7.4): one block every
 * 30 s since a fixed local epoch, checksum {@code SHA3-512("local-block" ‖ u64 height)}, block version 13.
 * Clients only display or compare these values.
 */
final class FakeChain implements Supplier<BlockStamp> {
    static final Instant LOCAL_EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    static final long BLOCK_SECONDS = 30;
    static final long BLOCK_VERSION = 13;

    private final InstantSource clock;

    FakeChain(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public BlockStamp get() {
        long height = Math.max(1, (clock.instant().getEpochSecond() - LOCAL_EPOCH.getEpochSecond()) / BLOCK_SECONDS);
        byte[] in = new IxiWriter(24).raw("local-block".getBytes(StandardCharsets.US_ASCII)).int64(height).toByteArray();
        return new BlockStamp(height, Hashes.sha3_512(in), BLOCK_VERSION);
    }
}
