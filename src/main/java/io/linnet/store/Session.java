package io.linnet.store;

import io.linnet.chat.store.StoreException;
import io.linnet.store.crypto.StoreCipher;
import io.linnet.store.search.SearchTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JDBC connection with its prepared statements cached by SQL text, plus the cipher and search tokens
 * the repositories need. Used by one thread at a time (the database's locks see to that); every call binds
 * its values as parameters and closes its result set before returning.
 */
final class Session implements AutoCloseable {

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final StoreCipher cipher;
    private final SearchTokens searchTokens;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Session(Connection connection, StoreCipher cipher, SearchTokens searchTokens) {
        this.connection = connection;
        this.cipher = cipher;
        this.searchTokens = searchTokens;
    }

    Connection connection() {
        return connection;
    }

    StoreCipher cipher() {
        return cipher;
    }

    SearchTokens searchTokens() {
        return searchTokens;
    }

    /** Runs a statement without parameters or results (BEGIN, COMMIT, PRAGMA …). */
    void execute(String sql) {
        update(sql);
    }

    /** Runs an INSERT/UPDATE/DELETE and returns how many rows it changed. */
    int update(String sql, Object... args) {
        try {
            PreparedStatement ps = prepare(sql, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Every row of a query, mapped. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try {
            PreparedStatement ps = prepare(sql, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The first row of a query, mapped, if there is one. */
    <T> Optional<T> queryFirst(String sql, RowMapper<T> mapper, Object... args) {
        try {
            PreparedStatement ps = prepare(sql, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The first column of the first row as a long, or {@code fallback} without a row or for NULL. */
    long queryLong(String sql, long fallback, Object... args) {
        return queryFirst(sql, rs -> {
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }, args).orElse(fallback);
    }

    /** The rowid of the last row this connection inserted. */
    long lastInsertRowid() {
        return queryLong("SELECT last_insert_rowid()", -1);
    }

    private PreparedStatement prepare(String sql, Object[] args) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        Sql.bind(ps, args);
        return ps;
    }

    private static StoreException failure(String sql, SQLException e) {
        String first = sql.strip().lines().findFirst().orElse("");
        return new StoreException("database error in \"" + first + "\": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the database connection: " + e.getMessage(), e);
        }
    }
}
