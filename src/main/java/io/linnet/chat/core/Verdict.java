package io.linnet.chat.core;

/** What the receive pipeline does after a handler ran (and committed). */
public enum Verdict {
    /** Processed (or recognised as a duplicate of something processed): acknowledge if the sender asked. */
    ACK,
    /** Processed; no acknowledgement (receipts, typing). */
    DONE,
    /** Refused: logged, never acknowledged. */
    REJECT
}
