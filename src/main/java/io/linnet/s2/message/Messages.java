package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.s2.wire.Frame;
import java.util.Arrays;
import java.util.List;

/** Turns frames into {@link S2Message}s by their code. */
public final class Messages {
    private Messages() {}

    /**
     * Decodes the payload by the frame's code. Codes this layer does not model come back as
     * {@link OtherMessage}; a malformed payload of a modelled code is a {@link ProtocolException}.
     */
    public static S2Message decode(Frame frame) throws ProtocolException {
        byte[] p = frame.payload();
        return switch (frame.code().value()) {
            case 0 -> Hello.decode(p);
            case 1 -> HelloData.decode(p);
            case 2 -> Bye.decode(p);
            case 6 -> GetKeepAlives.decode(p);
            case 7 -> KeepAlivesChunk.decode(p);
            case 18 -> GetSectorNodes.decode(p);
            case 19 -> SectorNodes.decode(p);
            case 24 -> UpdatePresence.decode(p);
            case 26 -> S2Data.decode(p);
            case 34 -> KeepAlivePresence.decode(p);
            case 36 -> GetPresence2.decode(p);
            case 48 -> GetRandomPresences.decode(p);
            case 59 -> Inventory2.decode(p);
            default -> new OtherMessage(frame);
        };
    }

    static List<byte[]> copyAll(List<byte[]> arrays) {
        return arrays.stream().map(byte[]::clone).toList();
    }

    static boolean equalAll(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
