/**
 * The SQLite implementation of {@code io.linnet.chat.store}: {@link io.linnet.store.SqliteDatabase}
 * opens a file (or an in-memory database for tests), runs the schema migrations, unlocks the data key and
 * hands out transactions whose repositories speak parameterised SQL. One connection writes, behind a
 * lock; reads of a file database use their own connections and see the last committed snapshot.
 *
 * <p>Sub-packages: {@code schema} (migrations on {@code PRAGMA user_version}), {@code crypto} (the key
 * record and the AES-256-GCM sealing of bodies and secrets), {@code search} (tokenising, the blind search
 * index tokens and snippets). See {@code docs/storage.md}.
 */
package io.linnet.store;
