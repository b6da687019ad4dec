package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.util.Objects;

/**
 * How far one receiver of an outgoing file has come (one per contact for a file offered to a group).
 *
 * @param transferId the outgoing transfer
 * @param peer the receiver
 * @param nextPacket the next packet it asked for
 * @param state {@link TransferState#TRANSFERRING}, {@link TransferState#COMPLETE} or {@link TransferState#CANCELLED}
 * @param updatedAt when it last changed
 */
public record TransferDelivery(long transferId, Address peer, long nextPacket, TransferState state, java.time.Instant updatedAt) {
    public TransferDelivery {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(state, "state");
        updatedAt = Times.required(updatedAt, "updatedAt");
        if (nextPacket < 0) {
            throw new IllegalArgumentException("next packet " + nextPacket);
        }
    }
}
