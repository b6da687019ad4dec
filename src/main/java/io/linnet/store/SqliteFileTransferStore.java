package io.linnet.store;

import io.linnet.chat.store.Direction;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.FileTransferStore;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoreException;
import io.linnet.chat.store.TransferDelivery;
import io.linnet.chat.store.TransferState;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.TransferUid;
import io.linnet.store.crypto.StoreCipher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * File transfers and their deliveries. Name, path, hash and preview are sealed, bound to the transfer's
 * direction, peer and uid and to their column.
 */
final class SqliteFileTransferStore extends Repository implements FileTransferStore {
    private static final String SELECT = """
            SELECT t.id, t.direction, c.address AS conversation, m.message_id, t.peer, t.uid, t.name, t.size,
                t.media_type, t.packet_size, t.next_packet, t.state, t.sha256, t.verified, t.relay, t.path, t.preview, t.error,
                t.created_at, t.updated_at
            FROM file_transfers t
            JOIN messages m ON m.seq = t.message_seq
            JOIN conversations c ON c.id = m.conversation_id""";

    SqliteFileTransferStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public FileTransfer insert(FileTransfer t) {
        Session s = writable();
        OptionalLong seq = messageSeq(t.message());
        if (seq.isEmpty()) {
            throw new StoreException("cannot store a transfer for message " + t.message().messageId()
                    + ": it is not stored in " + t.message().conversation());
        }
        s.update("""
                INSERT INTO file_transfers (message_seq, direction, peer, uid, name, size, media_type, packet_size,
                    next_packet, state, sha256, verified, relay, path, preview, error, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                seq.getAsLong(), t.direction().code(), t.peer(), t.uid().value(),
                seal(t, "name", t.name().getBytes(StandardCharsets.UTF_8)), t.size(), t.mediaType(), t.packetSize(),
                t.nextPacket(), t.state().code(), sealOrNull(t, "sha256", t.sha256()), t.verified(), t.relay(),
                sealOrNull(t, "path", path(t.path())), sealOrNull(t, "preview", t.preview()), t.error(),
                t.createdAt(), t.updatedAt());
        return t.withId(s.lastInsertRowid());
    }

    @Override
    public Optional<FileTransfer> find(long id) {
        return db().queryFirst(SELECT + " WHERE t.id = ?", this::map, id);
    }

    @Override
    public Optional<FileTransfer> findIncoming(Address peer, TransferUid uid) {
        return db().queryFirst(SELECT + " WHERE t.direction = ? AND t.peer = ? AND t.uid = ?", this::map,
                Direction.INCOMING.code(), peer, uid.value());
    }

    @Override
    public Optional<FileTransfer> findOutgoing(TransferUid uid) {
        return db().queryFirst(SELECT + " WHERE t.uid = ? AND t.direction = ? ORDER BY t.id LIMIT 1", this::map,
                uid.value(), Direction.OUTGOING.code());
    }

    @Override
    public Optional<FileTransfer> findRelayed(TransferUid uid) {
        return db().queryFirst(SELECT + " WHERE t.uid = ? AND t.relay = 1 ORDER BY t.id LIMIT 1", this::map, uid.value());
    }

    @Override
    public Optional<FileTransfer> forMessage(MessageKey message) {
        return db().queryFirst(SELECT + " WHERE c.address = ? AND m.message_id = ?", this::map,
                message.conversation(), message.messageId());
    }

    @Override
    public List<FileTransfer> inConversation(Address conversation) {
        return db().query(SELECT + " WHERE c.address = ? ORDER BY t.id", this::map, conversation);
    }

    @Override
    public List<FileTransfer> recent(int limit) {
        return db().query(SELECT + " ORDER BY t.id DESC LIMIT ?", this::map, Math.max(0, limit));
    }

    @Override
    public List<FileTransfer> inState(TransferState state) {
        return db().query(SELECT + " WHERE t.state = ? ORDER BY t.id", this::map, state.code());
    }

    @Override
    public boolean update(FileTransfer t) {
        return writable().update("""
                UPDATE file_transfers SET next_packet = ?, state = ?, sha256 = ?, verified = ?, relay = ?, path = ?,
                    error = ?, updated_at = ?
                WHERE id = ?""",
                t.nextPacket(), t.state().code(), sealOrNull(t, "sha256", t.sha256()), t.verified(), t.relay(),
                sealOrNull(t, "path", path(t.path())), t.error(), t.updatedAt(), t.id()) > 0;
    }

    @Override
    public void saveDelivery(TransferDelivery d) {
        writable().update("""
                INSERT INTO file_deliveries (transfer_id, peer, next_packet, state, first_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (transfer_id, peer) DO UPDATE SET next_packet = excluded.next_packet,
                    state = excluded.state, updated_at = excluded.updated_at""",
                d.transferId(), d.peer(), d.nextPacket(), d.state().code(), d.updatedAt(), d.updatedAt());
    }

    @Override
    public List<TransferDelivery> deliveries(long transferId) {
        return db().query("""
                SELECT transfer_id, peer, next_packet, state, updated_at FROM file_deliveries
                WHERE transfer_id = ? ORDER BY first_at, peer""",
                rs -> new TransferDelivery(rs.getLong("transfer_id"), Sql.address(rs, "peer"), rs.getLong("next_packet"),
                        TransferState.fromCode(rs.getInt("state")), Sql.instant(rs, "updated_at")),
                transferId);
    }

    private static byte[] path(Path p) {
        return p == null ? null : p.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] seal(FileTransfer t, String column, byte[] value) {
        return cipher().seal(value, aad(column, t.direction(), t.peer(), t.uid()));
    }

    private byte[] sealOrNull(FileTransfer t, String column, Bytes value) {
        return value == null || value.isEmpty() ? null : seal(t, column, value.toByteArray());
    }

    private byte[] sealOrNull(FileTransfer t, String column, byte[] value) {
        return value == null ? null : seal(t, column, value);
    }

    private static byte[] aad(String column, Direction direction, Address peer, TransferUid uid) {
        return StoreCipher.aad("file transfer " + column, new byte[] {(byte) direction.code()}, peer.noChecksum(),
                uid.value().toByteArray());
    }

    private byte[] open(ResultSet rs, String column, Direction direction, Address peer, TransferUid uid) throws SQLException {
        byte[] sealed = rs.getBytes(column);
        return sealed == null ? null : cipher().open(sealed, aad(column, direction, peer, uid));
    }

    private FileTransfer map(ResultSet rs) throws SQLException {
        Direction direction = Direction.fromCode(rs.getInt("direction"));
        Address peer = Sql.address(rs, "peer");
        TransferUid uid = new TransferUid(Sql.bytes(rs, "uid"));
        byte[] path = open(rs, "path", direction, peer, uid);
        return new FileTransfer(
                rs.getLong("id"),
                direction,
                new MessageKey(Sql.address(rs, "conversation"), Sql.bytes(rs, "message_id")),
                peer,
                uid,
                new String(open(rs, "name", direction, peer, uid), StandardCharsets.UTF_8),
                rs.getLong("size"),
                rs.getString("media_type"),
                rs.getInt("packet_size"),
                rs.getLong("next_packet"),
                TransferState.fromCode(rs.getInt("state")),
                Bytes.of(open(rs, "sha256", direction, peer, uid)),
                Sql.bool(rs, "verified"),
                Sql.bool(rs, "relay"),
                path == null ? null : Path.of(new String(path, StandardCharsets.UTF_8)),
                Bytes.of(open(rs, "preview", direction, peer, uid)),
                Sql.text(rs, "error"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }
}
