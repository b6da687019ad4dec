package io.linnet.ixian.wallet;

/** Whether a wallet holds the private key ({@code 'f'}) or only what is needed to watch addresses ({@code 'v'}). */
public enum WalletType {
    /** Private key, public key and base nonce: can sign. */
    FULL('f'),
    /** Public key and base nonce only: can derive and watch addresses, cannot sign. */
    VIEWING('v');

    private final char symbol;

    WalletType(char symbol) {
        this.symbol = symbol;
    }

    /** The type character stored in v4 and v5 files. */
    public char symbol() {
        return symbol;
    }

    /** The type for a stored character, or {@code null} if it is neither {@code 'f'} nor {@code 'v'}. */
    static WalletType fromSymbol(int c) {
        for (WalletType t : values()) {
            if (t.symbol == c) {
                return t;
            }
        }
        return null;
    }
}
