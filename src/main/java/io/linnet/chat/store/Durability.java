package io.linnet.chat.store;

/**
 * How hard a commit tries to survive a power cut. Both survive a crash of Linnet itself (the database
 * runs in WAL mode); they differ only when the operating system or the machine goes down.
 */
public enum Durability {
    /**
     * The default ({@code synchronous=NORMAL}): the commit is in the WAL but not yet forced to disk, so a
     * power cut may lose the last few commits. The database stays consistent either way.
     */
    NORMAL,
    /**
     * Forced to disk before the commit returns ({@code synchronous=FULL}), which costs an fsync. For
     * commits that something outside the database depends on, such as an outgoing message that is about
     * to be sent.
     */
    FULL
}
