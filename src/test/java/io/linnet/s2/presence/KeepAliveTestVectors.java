package io.linnet.s2.presence;

/** Shared KeepAlive vector (ixian-network-presence.md §8). */
public final class KeepAliveTestVectors {
    public static final String CHECKSUM_FORM = KeepAliveTest.CHECKSUM_FORM;

    private KeepAliveTestVectors() {}
}
