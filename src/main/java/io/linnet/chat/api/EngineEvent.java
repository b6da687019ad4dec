package io.linnet.chat.api;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import java.util.Objects;

/**
 * Something the engine changed, told to {@link EngineEvents} subscribers after the change is committed to
 * the database (so a subscriber that reads the database sees it). Immutable.
 */
public sealed interface EngineEvent {

    /** A message was stored: one we wrote or one we received. */
    record MessageAdded(StoredMessage message) implements EngineEvent {
        public MessageAdded {
            Objects.requireNonNull(message, "message");
        }
    }

    /** One of our messages moved along sending → sent → delivered → read, or failed, or was retried. */
    record MessageStateChanged(MessageKey key, MessageState state) implements EngineEvent {
        public MessageStateChanged {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(state, "state");
        }
    }

    /** A message's text was replaced (it keeps its id and position). */
    record MessageEdited(MessageKey key, String body) implements EngineEvent {
        public MessageEdited {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(body, "body");
        }
    }

    /** A message was deleted for everyone and is now a tombstone. */
    record MessageDeleted(MessageKey key) implements EngineEvent {
        public MessageDeleted {
            Objects.requireNonNull(key, "key");
        }
    }

    /** {@code sender}'s reaction to a message was set, or removed when {@code reaction} is empty. */
    record ReactionChanged(MessageKey key, Address sender, String reaction) implements EngineEvent {
        public ReactionChanged {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(reaction, "reaction");
        }
    }

    /** Someone asked to become a contact; the request waits for {@code acceptContact} or {@code declineContact}. */
    record ContactRequestReceived(Contact contact) implements EngineEvent {
        public ContactRequestReceived {
            Objects.requireNonNull(contact, "contact");
        }
    }

    /** A contact's state, handshake, names, avatar or capabilities changed. */
    record ContactChanged(Contact contact) implements EngineEvent {
        public ContactChanged {
            Objects.requireNonNull(contact, "contact");
        }
    }

    /** A contact started or (after a few quiet seconds) stopped typing. */
    record TypingChanged(Address contact, boolean typing) implements EngineEvent {
        public TypingChanged {
            Objects.requireNonNull(contact, "contact");
        }
    }

    /** We created or joined a group, or its name, members, channels or settings changed. */
    record GroupChanged(io.linnet.chat.store.Group group) implements EngineEvent {
        public GroupChanged {
            Objects.requireNonNull(group, "group");
        }
    }

    /** We left a group, were removed from it, or its owner dissolved it; its history stays. */
    record GroupLeft(Address group, String reason) implements EngineEvent {
        public GroupLeft {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Whether a contact is reachable now, from its presence on the network. */
    record PresenceChanged(Address contact, boolean online) implements EngineEvent {
        public PresenceChanged {
            Objects.requireNonNull(contact, "contact");
        }
    }

    /** A file transfer was offered (either way), accepted, completed, failed or cancelled. */
    record FileTransferChanged(io.linnet.chat.store.FileTransfer transfer) implements EngineEvent {
        public FileTransferChanged {
            Objects.requireNonNull(transfer, "transfer");
        }
    }

    /** A file transfer moved on: {@code bytesDone} of {@code size} bytes (at most once per percent). */
    record FileTransferProgress(long transferId, MessageKey message, long bytesDone, long size) implements EngineEvent {
        public FileTransferProgress {
            Objects.requireNonNull(message, "message");
        }
    }
}
