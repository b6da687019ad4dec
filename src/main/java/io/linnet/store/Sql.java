package io.linnet.store;

import io.linnet.chat.store.StoreException;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * How domain values become SQL parameters and come back from result sets: addresses as their bytes
 * without checksum, byte strings as BLOBs, instants as Unix milliseconds, booleans as 0/1.
 */
final class Sql {
    private Sql() {}

    static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            int p = i + 1;
            switch (args[i]) {
                case null -> ps.setNull(p, Types.NULL);
                case Address a -> ps.setBytes(p, a.noChecksum());
                case Bytes b -> ps.setBytes(p, b.toByteArray());
                case byte[] b -> ps.setBytes(p, b);
                case Instant t -> ps.setLong(p, t.toEpochMilli());
                case Boolean b -> ps.setInt(p, b ? 1 : 0);
                case Integer n -> ps.setInt(p, n);
                case Long n -> ps.setLong(p, n);
                case String s -> ps.setString(p, s);
                default -> throw new IllegalArgumentException("cannot bind " + args[i].getClass().getName());
            }
        }
    }

    /** {@code null} for an empty byte string, so optional BLOBs are stored as NULL. */
    static byte[] orNull(Bytes b) {
        return b == null || b.isEmpty() ? null : b.toByteArray();
    }

    static Address address(ResultSet rs, String column) throws SQLException {
        byte[] raw = rs.getBytes(column);
        if (raw == null) {
            return null;
        }
        try {
            return Address.fromBytes(raw);
        } catch (ProtocolException e) {
            throw new StoreException("stored address in " + column + " is malformed", e);
        }
    }

    static Bytes bytes(ResultSet rs, String column) throws SQLException {
        return Bytes.of(rs.getBytes(column));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** {@code n} comma-separated {@code ?}, for an {@code IN (...)} list. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static boolean bool(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) != 0;
    }

    static String text(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? "" : s;
    }
}
