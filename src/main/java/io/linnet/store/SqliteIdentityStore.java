package io.linnet.store;

import io.linnet.chat.store.Identity;
import io.linnet.chat.store.IdentityStore;
import java.util.Optional;

/** The single identity row. */
final class SqliteIdentityStore extends Repository implements IdentityStore {

    SqliteIdentityStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public Optional<Identity> find() {
        return db().queryFirst("SELECT address, nickname, avatar, device_id, wallet_file FROM identity WHERE id = 1",
                rs -> new Identity(Sql.address(rs, "address"), rs.getString("nickname"), Sql.bytes(rs, "avatar"),
                        Sql.bytes(rs, "device_id"), rs.getString("wallet_file")));
    }

    @Override
    public void save(Identity identity) {
        writable().update("""
                INSERT INTO identity (id, address, nickname, avatar, device_id, wallet_file)
                VALUES (1, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET address = excluded.address, nickname = excluded.nickname,
                    avatar = excluded.avatar, device_id = excluded.device_id, wallet_file = excluded.wallet_file""",
                identity.address(), identity.nickname(), Sql.orNull(identity.avatar()), identity.deviceId(),
                identity.walletFile());
    }
}
