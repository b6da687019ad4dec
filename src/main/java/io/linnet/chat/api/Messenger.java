package io.linnet.chat.api;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ConversationSummary;
import io.linnet.chat.store.Identity;
import io.linnet.chat.store.PageCursor;
import io.linnet.chat.store.SearchHit;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The messaging engine's use cases for one identity: contacts (the v1 handshake), one-to-one chat with
 * receipts, edits, deletes, reactions, replies and typing, and delivery through an outbox that keeps every
 * outgoing message until the recipient acknowledges it or it expires.
 *
 * <p>Thread contract: every method may be called from any thread and never blocks on the network or the
 * database; the work runs on the engine's own thread and the returned stage completes there, after the
 * change is committed. A stage completes exceptionally with {@link ChatException} for a request that cannot
 * be honoured (nothing is changed then). Events about the changes arrive through {@link #events()}.
 */
public interface Messenger extends AutoCloseable {

    /** Our own address. */
    Address address();

    /** Where changes are announced. */
    EngineEvents events();

    /** Sets the nickname and avatar we announce, and sends them to every established contact. */
    CompletionStage<Void> setProfile(String nickname, Bytes avatar);

    /** Asks {@code address} to become a contact (requestAdd2). Adding an existing request accepts it. */
    CompletionStage<Contact> addContact(Address address);

    /** Accepts a waiting request (acceptAdd2); the pair keys follow when the peer answers with keys2. */
    CompletionStage<Contact> acceptContact(Address address);

    /** Turns a waiting request down; later requests from the same address are ignored. */
    CompletionStage<Contact> declineContact(Address address);

    /** Removes a contact: nothing more is sent to or accepted from it; the history stays. */
    CompletionStage<Contact> removeContact(Address address);

    /** Gives a contact our own name for it ({@code ""} to clear). */
    CompletionStage<Contact> setLocalNickname(Address address, String nickname);

    /** Sends a text (at most 64 000 characters) to an approved contact. */
    CompletionStage<StoredMessage> sendText(Address to, String text);

    /**
     * Sends a text quoting an earlier message of the conversation. The quote travels only to contacts whose
     * app understands Linnet's extensions; others get the plain text.
     */
    CompletionStage<StoredMessage> reply(Address to, Bytes quotedId, String text);

    /** Replaces the text of one of our messages, keeping its id; needs a contact running Linnet. */
    CompletionStage<Void> edit(MessageKey message, String newText);

    /** Deletes one of our messages for everyone (the peer only honours deletes from the author). */
    CompletionStage<Void> deleteForEveryone(MessageKey message);

    /** Sets our reaction (an emoji) to a message; {@code ""} removes it. */
    CompletionStage<Void> react(MessageKey message, String emoji);

    /** Tells the contact we are typing (not queued: lost if the contact is offline). */
    CompletionStage<Void> typing(Address to);

    /** Marks the conversation read and queues read receipts for what was unread; how many were marked. */
    CompletionStage<Integer> markRead(Address conversation);

    /** Tries a failed message again with a fresh 5-day lifetime; how many deliveries were revived. */
    CompletionStage<Integer> retry(MessageKey message);

    /** Every contact, oldest first (a read of the current state). */
    List<Contact> contacts();

    /**
     * Whether an approved contact is online now: its presence on the network is fresh or a message from it
     * arrived lately (judged every minute and when messages arrive; {@code false} until known and while we
     * are offline). Changes are announced as {@link EngineEvent.PresenceChanged}.
     */
    boolean isOnline(Address contact);

    /** The newest {@code limit} messages of a conversation, oldest first. */
    List<StoredMessage> history(Address conversation, int limit);

    /** The reactions to a message, oldest first. */
    List<Reaction> reactions(MessageKey message);

    /** Up to {@code limit} messages just before {@code before} in a conversation, oldest first (scrolling up). */
    List<StoredMessage> olderHistory(Address conversation, PageCursor before, int limit);

    /** One message. */
    Optional<StoredMessage> message(MessageKey key);

    /** Every conversation that has messages, the most recent first (the chat list). */
    List<ConversationSummary> conversations();

    /** Messages whose text contains every word of {@code query}, newest first. */
    List<SearchHit> search(String query, int limit);

    /** Our own identity record: address, nickname, avatar. */
    Identity profile();

    /** Group chats. */
    GroupChats groups();

    /** Files and images in conversations (direct and group). */
    FileTransfers files();

    /** Stops the engine's threads; the database and the network client belong to the caller. */
    @Override
    void close();
}
