package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.wire.MessageCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code keepAlivesChunk} (7): the answer to {@link GetKeepAlives}. Layout: {@code vu n ‖ n × bytes
 * keepAlive}, n at most {@value GetKeepAlives#MAX_PER_MESSAGE}.
 *
 * <p>Ixian-Core writes the requested count even when it skips entries it does not know, so a reader
 * stops early at the end of the payload. Entries stay bytes: each is checked on its own
 * ({@link #keepAlives()} skips the ones that do not decode).
 */
public record KeepAlivesChunk(List<byte[]> encodedKeepAlives) implements S2Message {
    /** Longest single KeepAlive a reader accepts. */
    public static final int MAX_KEEP_ALIVE = 4096;

    public KeepAlivesChunk {
        encodedKeepAlives = Messages.copyAll(encodedKeepAlives);
        if (encodedKeepAlives.size() > GetKeepAlives.MAX_PER_MESSAGE) {
            throw new IllegalArgumentException("at most " + GetKeepAlives.MAX_PER_MESSAGE + " KeepAlives per chunk");
        }
    }

    public static KeepAlivesChunk of(List<KeepAlive> keepAlives) {
        return new KeepAlivesChunk(keepAlives.stream().map(KeepAlive::encode).toList());
    }

    @Override
    public List<byte[]> encodedKeepAlives() {
        return Messages.copyAll(encodedKeepAlives);
    }

    /** The entries that decode as KeepAlive v2; signatures are not checked here. */
    public List<KeepAlive> keepAlives() {
        List<KeepAlive> out = new ArrayList<>(encodedKeepAlives.size());
        for (byte[] ka : encodedKeepAlives) {
            try {
                out.add(KeepAlive.decode(ka));
            } catch (ProtocolException e) {
                // dropped on its own, like any other bad KeepAlive
            }
        }
        return out;
    }

    @Override
    public MessageCode code() {
        return MessageCode.KEEP_ALIVES_CHUNK;
    }

    @Override
    public byte[] encode() {
        IxiWriter w = new IxiWriter(8 + encodedKeepAlives.size() * 600).varUInt(encodedKeepAlives.size());
        encodedKeepAlives.forEach(w::ixiBytes);
        return w.toByteArray();
    }

    public static KeepAlivesChunk decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        int n = r.varUIntAtMost(GetKeepAlives.MAX_PER_MESSAGE, "KeepAlive count");
        List<byte[]> entries = new ArrayList<>(Math.min(n, r.remaining()));
        for (int i = 0; i < n && r.hasRemaining(); i++) {
            byte[] ka = r.ixiBytes(MAX_KEEP_ALIVE, "KeepAlive");
            if (ka != null) {
                entries.add(ka);
            }
        }
        r.expectEnd("keepAlivesChunk");
        return new KeepAlivesChunk(entries);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeepAlivesChunk k && Messages.equalAll(encodedKeepAlives, k.encodedKeepAlives);
    }

    @Override
    public int hashCode() {
        return encodedKeepAlives.size();
    }

    @Override
    public String toString() {
        return "KeepAlivesChunk[" + encodedKeepAlives.size() + " KeepAlives]";
    }
}
