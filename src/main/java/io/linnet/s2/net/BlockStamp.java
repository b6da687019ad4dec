package io.linnet.s2.net;

import java.util.Objects;

/**
 * The chain position an accepting node states in {@code helloData}: last block number, its checksum
 * (may be empty) and its block version. Nodes without a chain state made-up but plausible values.
 */
public record BlockStamp(long number, byte[] checksum, long version) {
    public BlockStamp {
        Objects.requireNonNull(checksum, "checksum");
        if (number < 0 || version < 0) {
            throw new IllegalArgumentException("negative block number or version");
        }
        checksum = checksum.clone();
    }

    @Override
    public byte[] checksum() {
        return checksum.clone();
    }
}
