package io.linnet.chat.store;

/** What a conversation is with. */
public enum ConversationKind {
    /** A one-to-one contact. */
    DIRECT,
    /** A group. */
    GROUP,
    /** Neither any more: the contact or group record was deleted but its history kept. */
    ORPHANED
}
