package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.TransferUid;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One file sent or received in a conversation, with the history message that shows it.
 *
 * @param id local number, unique in the database (0 before it is stored)
 * @param direction {@link Direction#OUTGOING} for a file we send
 * @param message the history message of the file (its body is the file name)
 * @param peer who the packets come from (incoming: the sender, or a group's owner relaying it) or go to
 *     (outgoing: the contact, or the group's address for a file offered to a group)
 * @param uid the transfer's id on the wire
 * @param name the file name: for an incoming file already made safe (see {@code chat.files.SafeFileNames})
 * @param size the size in bytes
 * @param mediaType a media type guessed from the name ({@code application/octet-stream} if unknown)
 * @param packetSize bytes per packet
 * @param nextPacket incoming: the next packet wanted (all before it are on disk); outgoing: the furthest
 *     packet a receiver has asked for
 * @param state where the transfer is
 * @param sha256 the file's SHA-256: ours for an outgoing file; for an incoming one the sender's (Linnet) or,
 *     once complete, the one computed here (Spixi sends none); {@link Bytes#EMPTY} while unknown
 * @param verified incoming: the sender gave a SHA-256 and the received file matched it
 * @param relay incoming, as a group's owner: we fetch this file to pass it on to the group's other members
 *     (privacy mode, or a member who cannot reach everyone), and serve it to them once complete
 * @param path incoming: the finished file in the downloads folder, only once {@link TransferState#COMPLETE};
 *     outgoing: the file the user chose; otherwise {@code null}
 * @param preview a small preview the sender attached, {@link Bytes#EMPTY} if none
 * @param error why it failed or was cancelled, {@code ""} otherwise
 * @param createdAt when it was stored
 * @param updatedAt when it last changed
 */
public record FileTransfer(
        long id,
        Direction direction,
        MessageKey message,
        Address peer,
        TransferUid uid,
        String name,
        long size,
        String mediaType,
        int packetSize,
        long nextPacket,
        TransferState state,
        Bytes sha256,
        boolean verified,
        boolean relay,
        Path path,
        Bytes preview,
        String error,
        Instant createdAt,
        Instant updatedAt) {

    public FileTransfer {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(state, "state");
        sha256 = sha256 == null ? Bytes.EMPTY : sha256;
        preview = preview == null ? Bytes.EMPTY : preview;
        error = error == null ? "" : error;
        createdAt = Times.required(createdAt, "createdAt");
        updatedAt = Times.required(updatedAt, "updatedAt");
        if (size < 0 || packetSize < 1 || nextPacket < 0) {
            throw new IllegalArgumentException("size " + size + ", packet size " + packetSize + ", next packet " + nextPacket);
        }
    }

    /** How many packets carry the file (0 for an empty file). */
    public long packetCount() {
        return size == 0 ? 0 : (size - 1) / packetSize + 1;
    }

    /** Bytes moved so far (the whole size once complete). */
    public long bytesDone() {
        if (state == TransferState.COMPLETE) {
            return size;
        }
        return nextPacket >= packetCount() ? size : nextPacket * packetSize;
    }

    /** Whether this is a file we send. */
    public boolean outgoing() {
        return direction == Direction.OUTGOING;
    }

    /** The same transfer in another state; {@code why} is kept as {@link #error()}. */
    public FileTransfer withState(TransferState s, String why, Instant at) {
        return new FileTransfer(id, direction, message, peer, uid, name, size, mediaType, packetSize, nextPacket, s,
                sha256, verified, relay, path, preview, why, createdAt, at);
    }

    /** The same transfer with {@code next} as its next packet. */
    public FileTransfer withNextPacket(long next, Instant at) {
        return new FileTransfer(id, direction, message, peer, uid, name, size, mediaType, packetSize, next, state,
                sha256, verified, relay, path, preview, error, createdAt, at);
    }

    /** The same transfer, complete, with its file, hash and whether the hash was the sender's. */
    public FileTransfer completed(Path file, Bytes hash, boolean matched, Instant at) {
        return new FileTransfer(id, direction, message, peer, uid, name, size, mediaType, packetSize, packetCount(),
                TransferState.COMPLETE, hash, matched, relay, file, preview, "", createdAt, at);
    }

    /** The same transfer with its local id (after it was stored). */
    public FileTransfer withId(long newId) {
        return new FileTransfer(newId, direction, message, peer, uid, name, size, mediaType, packetSize, nextPacket,
                state, sha256, verified, relay, path, preview, error, createdAt, updatedAt);
    }

    /** The same transfer, relayed for a group or no longer. */
    public FileTransfer withRelay(boolean r, Instant at) {
        return new FileTransfer(id, direction, message, peer, uid, name, size, mediaType, packetSize, nextPacket, state,
                sha256, verified, r, path, preview, error, createdAt, at);
    }
}
