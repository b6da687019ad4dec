package io.linnet.ixian.stream;

/** The three serialisations of a {@link StreamMessage}. */
public enum StreamMessageForm {
    /** What travels between peers. */
    NETWORK,
    /** What the checksum (and so the signature) covers: no signature, no local flags. Never decoded. */
    CHECKSUM,
    /** What is kept on disk: for version ≥ 1 the network form plus the local {@code encrypted} flag. */
    STORAGE
}
