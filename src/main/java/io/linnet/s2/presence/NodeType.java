package io.linnet.s2.presence;

import io.linnet.ixian.ProtocolException;

/** Ixian node types, written on the wire as one ASCII character. */
public enum NodeType {
    CLIENT('C'), RELAY('R'), MASTER('M'), HISTORY('H'), WORKER('W');

    private final char letter;

    NodeType(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    public static NodeType of(int letter, int offset) throws ProtocolException {
        for (NodeType t : values()) {
            if (t.letter == letter) {
                return t;
            }
        }
        throw new ProtocolException("unknown node type 0x" + Integer.toHexString(letter), offset);
    }
}
