package io.linnet.chat.api;

import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.MessageKey;
import io.linnet.ixian.address.Address;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Files and images in conversations, wire-compatible with Spixi's transfers (see {@code docs/chat.md},
 * "Files"). Sending stores a history message whose body is the file name; each file has one
 * {@link FileTransfer} tied to that message ({@link #forMessage}). Received files are offered first and
 * written only after {@link #accept} (or auto-accept of small images), into the downloads folder, under a
 * safe unique name, and only once whole and checked.
 *
 * <p>Changes arrive as {@link EngineEvent.FileTransferChanged} (offered, accepted, complete, failed,
 * cancelled) and {@link EngineEvent.FileTransferProgress} (at most once per percent) events.
 *
 * <p>Same thread contract as {@link Messenger}: never blocks, completes on the engine thread after the
 * change is committed, fails with {@link ChatException} when a request cannot be honoured; the reads
 * ({@link #find}, {@link #forMessage}, {@link #inConversation}, {@link #recent}, {@link #settings}) run on
 * the caller's thread.
 */
public interface FileTransfers {

    /**
     * Offers {@code file} to an approved contact. The file is copied (and hashed) first, off the engine
     * thread, so the original may change or go away afterwards; then the message, the transfer and the
     * queued offer are committed together.
     *
     * @throws ChatException (in the stage) the file cannot be read, is larger than
     *     {@link FileSettings#maxBytes()}, or the contact is not established
     */
    CompletionStage<FileTransfer> send(Address conversation, Path file);

    /**
     * Accepts an offered file (or one that failed, which starts it again): the packets are pulled from the
     * sender into a hidden part file in the downloads folder.
     */
    CompletionStage<FileTransfer> accept(long transferId);

    /** Stops a transfer either way; a Linnet peer is told, a Spixi peer simply gets no more packets or requests. */
    CompletionStage<FileTransfer> cancel(long transferId);

    /** One transfer. */
    Optional<FileTransfer> find(long transferId);

    /** The transfer a history message shows, if it is a file message. */
    Optional<FileTransfer> forMessage(MessageKey message);

    /** Every transfer in a conversation, oldest first. */
    List<FileTransfer> inConversation(Address conversation);

    /** The newest transfers of all conversations, newest first (the downloads list). */
    List<FileTransfer> recent(int limit);

    /** The current settings. */
    FileSettings settings();

    /** Replaces the settings. */
    CompletionStage<FileSettings> updateSettings(FileSettings settings);

    /**
     * As the owner of a group: the largest file we relay to the other members of it in privacy mode (where
     * members reach each other only through us). At most {@link FileSettings#maxBytes()} applies anyway.
     *
     * @throws ChatException (in the stage) the group is unknown or not ours, or {@code maxBytes} is negative
     */
    CompletionStage<Long> setGroupRelayLimit(Address group, long maxBytes);

    /** The relay limit of a group we own ({@link FileSettings#maxBytes()} unless set lower or higher). */
    long groupRelayLimit(Address group);

    /** Where received files go; empty if this engine was started without file folders. */
    Optional<Path> downloadsFolder();
}
