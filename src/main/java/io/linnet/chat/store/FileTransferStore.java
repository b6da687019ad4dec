package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.TransferUid;
import java.util.List;
import java.util.Optional;

/**
 * File transfers and, for outgoing ones, how far each receiver has come. File names, paths, hashes and
 * previews are sealed at rest like message bodies.
 */
public interface FileTransferStore {

    /**
     * Stores a new transfer (its {@code id} is ignored) and returns it with its id. Its message must be
     * stored already; a second transfer for the same message, or for the same direction, peer and uid, is a
     * {@link StoreException}.
     */
    FileTransfer insert(FileTransfer transfer);

    Optional<FileTransfer> find(long id);

    /** The incoming transfer {@code uid} served by {@code peer}. */
    Optional<FileTransfer> findIncoming(Address peer, TransferUid uid);

    /** Our outgoing transfer {@code uid}. */
    Optional<FileTransfer> findOutgoing(TransferUid uid);

    /** The incoming transfer {@code uid} that we, as a group's owner, relay to the group's members. */
    Optional<FileTransfer> findRelayed(TransferUid uid);

    /** The transfer shown by a history message. */
    Optional<FileTransfer> forMessage(MessageKey message);

    /** Every transfer of a conversation, oldest first. */
    List<FileTransfer> inConversation(Address conversation);

    /** The newest {@code limit} transfers of every conversation, newest first (a downloads list). */
    List<FileTransfer> recent(int limit);

    /** Every transfer in {@code state}, oldest first. */
    List<FileTransfer> inState(TransferState state);

    /**
     * Saves what may change: state, next packet, hash, verified, relay, path, error and update time. Returns
     * whether the transfer exists.
     */
    boolean update(FileTransfer transfer);

    /** Records or replaces one receiver's progress on a transfer we serve (an outgoing or a relayed one). */
    void saveDelivery(TransferDelivery delivery);

    /** The receivers of a transfer we serve, in the order they first asked. */
    List<TransferDelivery> deliveries(long transferId);
}
