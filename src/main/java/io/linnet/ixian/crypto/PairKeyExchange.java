package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Both halves of Ixian's protocol-v1 pair-key exchange (hybrid ECDH P-521 + ML-KEM-1024).
 *
 * <p>The acceptor (who answers a contact request) calls {@link #startAsAcceptor()} and sends its ECDH
 * and ML-KEM public keys and {@code aesSalt} in {@code acceptAdd2}. The initiator calls
 * {@link #initiate} with those and sends back its ECDH public key, the ML-KEM ciphertext and
 * {@code chachaSalt} in {@code keys2}; the acceptor then calls {@link AcceptorState#complete}. Both
 * end with the same {@link PairKeys}.
 */
public final class PairKeyExchange {
    public static final int SALT_BYTES = 32;

    private PairKeyExchange() {}

    /**
     * What the acceptor keeps between {@code acceptAdd2} and {@code keys2}. Copies {@code aesSalt} in
     * and out; {@link #toString()} hides the private keys.
     */
    public record AcceptorState(EcdhKeyPair ecdh, MlKemKeyPair mlKem, byte[] aesSalt) {
        public AcceptorState {
            Objects.requireNonNull(ecdh, "ecdh");
            Objects.requireNonNull(mlKem, "mlKem");
            aesSalt = Objects.requireNonNull(aesSalt, "aesSalt").clone();
        }

        @Override
        public byte[] aesSalt() {
            return aesSalt.clone();
        }

        /** Finishes the exchange with the initiator's {@code keys2} values. */
        public PairKeys complete(byte[] initiatorEcdhPublicKey, byte[] mlKemCiphertext, byte[] chachaSalt)
                throws ProtocolException {
            byte[] e = Ecdh.sharedSecret(ecdh.privateKey(), initiatorEcdhPublicKey);
            byte[] s = MlKem.decapsulate(mlKem.privateKey(), mlKemCiphertext);
            return PairKeys.derive(e, s, aesSalt, chachaSalt);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AcceptorState a && ecdh.equals(a.ecdh) && mlKem.equals(a.mlKem)
                    && Arrays.equals(aesSalt, a.aesSalt);
        }

        @Override
        public int hashCode() {
            return ecdh.hashCode() * 31 + mlKem.hashCode();
        }

        @Override
        public String toString() {
            return "AcceptorState[" + ecdh + "]";
        }
    }

    /**
     * The initiator's outcome: what to send in {@code keys2} and the derived keys. Arrays are copied
     * in and out; {@link #toString()} hides the keys.
     */
    public record InitiatorResult(byte[] ecdhPublicKey, byte[] mlKemCiphertext, byte[] chachaSalt, PairKeys keys) {
        public InitiatorResult {
            ecdhPublicKey = Objects.requireNonNull(ecdhPublicKey, "ecdhPublicKey").clone();
            mlKemCiphertext = Objects.requireNonNull(mlKemCiphertext, "mlKemCiphertext").clone();
            chachaSalt = Objects.requireNonNull(chachaSalt, "chachaSalt").clone();
            Objects.requireNonNull(keys, "keys");
        }

        @Override
        public byte[] ecdhPublicKey() {
            return ecdhPublicKey.clone();
        }

        @Override
        public byte[] mlKemCiphertext() {
            return mlKemCiphertext.clone();
        }

        @Override
        public byte[] chachaSalt() {
            return chachaSalt.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InitiatorResult r && Arrays.equals(ecdhPublicKey, r.ecdhPublicKey)
                    && Arrays.equals(mlKemCiphertext, r.mlKemCiphertext) && Arrays.equals(chachaSalt, r.chachaSalt)
                    && keys.equals(r.keys);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ecdhPublicKey);
        }

        @Override
        public String toString() {
            return "InitiatorResult[ecdhPublicKey=" + java.util.HexFormat.of().formatHex(ecdhPublicKey) + "]";
        }
    }

    /** Acceptor side, step one: fresh ECDH and ML-KEM key pairs and a random 32-byte {@code aesSalt}. */
    public static AcceptorState startAsAcceptor() {
        return new AcceptorState(Ecdh.generate(), MlKem.generate(), CryptoRandom.bytes(SALT_BYTES));
    }

    /** Initiator side: answers the acceptor's public keys and {@code aesSalt}. */
    public static InitiatorResult initiate(byte[] acceptorEcdhPublicKey, byte[] acceptorMlKemPublicKey, byte[] aesSalt)
            throws ProtocolException {
        EcdhKeyPair own = Ecdh.generate();
        byte[] e = Ecdh.sharedSecret(own.privateKey(), acceptorEcdhPublicKey);
        MlKemEncapsulation enc = MlKem.encapsulate(acceptorMlKemPublicKey);
        byte[] chachaSalt = CryptoRandom.bytes(SALT_BYTES);
        PairKeys keys = PairKeys.derive(e, enc.sharedSecret(), aesSalt, chachaSalt);
        return new InitiatorResult(own.publicKey(), enc.ciphertext(), chachaSalt, keys);
    }
}
