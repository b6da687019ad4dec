package io.linnet.store;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.ContactStore;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.StreamCapabilities;
import io.linnet.store.crypto.StoreCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Contacts; pair keys and handshake secrets are sealed, the rest is plain. */
final class SqliteContactStore extends Repository implements ContactStore {
    private static final String COLUMNS = """
            address, public_key, nickname, local_nickname, avatar, state, handshake_status, pair_keys,
            keys_generated_at, handshake_secrets, capabilities, protocol_version, last_handshake_timestamp, added_at""";

    SqliteContactStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public void save(Contact c) {
        StoreCipher cipher = cipher();
        writable().update("INSERT INTO contacts (" + COLUMNS + " " + """
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (address) DO UPDATE SET public_key = excluded.public_key,
                    nickname = excluded.nickname, local_nickname = excluded.local_nickname,
                    avatar = excluded.avatar, state = excluded.state, handshake_status = excluded.handshake_status,
                    pair_keys = excluded.pair_keys, keys_generated_at = excluded.keys_generated_at,
                    handshake_secrets = excluded.handshake_secrets, capabilities = excluded.capabilities,
                    protocol_version = excluded.protocol_version, added_at = excluded.added_at""",
                c.address(), Sql.orNull(c.publicKey()), c.nickname(), c.localNickname(), Sql.orNull(c.avatar()),
                c.state().code(), c.handshakeStatus().code(), ContactSecrets.sealKeys(cipher, c.address(), c.keys()),
                c.keys().generatedAt(), ContactSecrets.sealHandshake(cipher, c.address(), c.handshakeSecrets()),
                c.capabilities().bits(), c.protocolVersion(), c.lastHandshakeTimestamp(), c.addedAt());
    }

    @Override
    public Optional<Contact> find(Address address) {
        return db().queryFirst("SELECT " + COLUMNS + " FROM contacts WHERE address = ?", this::map, address);
    }

    @Override
    public List<Contact> all() {
        return db().query("SELECT " + COLUMNS + " FROM contacts ORDER BY added_at, id", this::map);
    }

    @Override
    public List<Contact> withState(ContactState state) {
        return db().query("SELECT " + COLUMNS + " FROM contacts WHERE state = ? ORDER BY added_at, id", this::map,
                state.code());
    }

    @Override
    public boolean delete(Address address) {
        return writable().update("DELETE FROM contacts WHERE address = ?", address) > 0;
    }

    @Override
    public boolean acceptHandshakeTimestamp(Address address, long timestamp) {
        return writable().update("""
                UPDATE contacts SET last_handshake_timestamp = ?
                WHERE address = ? AND last_handshake_timestamp < ?""", timestamp, address, timestamp) > 0;
    }

    private Contact map(ResultSet rs) throws SQLException {
        StoreCipher cipher = cipher();
        Address address = Sql.address(rs, "address");
        return new Contact(
                address,
                Sql.bytes(rs, "public_key"),
                rs.getString("nickname"),
                rs.getString("local_nickname"),
                Sql.bytes(rs, "avatar"),
                ContactState.fromCode(rs.getInt("state")),
                HandshakeStatus.fromCode(rs.getInt("handshake_status")),
                ContactSecrets.openKeys(cipher, address, rs.getBytes("pair_keys"), Sql.instant(rs, "keys_generated_at")),
                ContactSecrets.openHandshake(cipher, address, rs.getBytes("handshake_secrets")),
                new StreamCapabilities(rs.getInt("capabilities")),
                rs.getInt("protocol_version"),
                rs.getLong("last_handshake_timestamp"),
                Sql.instant(rs, "added_at"));
    }
}
