package io.linnet.store;

import io.linnet.chat.store.SettingsStore;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Key/value settings. */
final class SqliteSettingsStore extends Repository implements SettingsStore {

    SqliteSettingsStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public Optional<String> get(String key) {
        return db().queryFirst("SELECT value FROM settings WHERE key = ?", rs -> rs.getString(1), key);
    }

    @Override
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        writable().update("""
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value""", key, value);
    }

    @Override
    public boolean remove(String key) {
        return writable().update("DELETE FROM settings WHERE key = ?", key) > 0;
    }

    @Override
    public SortedMap<String, String> all() {
        SortedMap<String, String> out = new TreeMap<>();
        db().query("SELECT key, value FROM settings", rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }
}
