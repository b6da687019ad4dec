package io.linnet.ixian.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** ML-KEM-1024 (ixian-primitives.md §8.7). */
class MlKemTest {
    private static final MlKemKeyPair KEYS = MlKem.generate();

    @Test
    void sizes() throws Exception {
        assertEquals(1568, KEYS.publicKey().length);
        assertEquals(3168, KEYS.privateKey().length);
        MlKemEncapsulation enc = MlKem.encapsulate(KEYS.publicKey());
        assertEquals(1568, enc.ciphertext().length);
        assertEquals(32, enc.sharedSecret().length);
    }

    @Test
    void encapsulationAndDecapsulationAgree() throws Exception {
        MlKemEncapsulation enc = MlKem.encapsulate(KEYS.publicKey());
        assertArrayEquals(enc.sharedSecret(), MlKem.decapsulate(KEYS.privateKey(), enc.ciphertext()));
        assertFalse(Arrays.equals(enc.sharedSecret(), MlKem.encapsulate(KEYS.publicKey()).sharedSecret()));
    }

    @Test
    void wrongKeyOrAlteredCiphertextGivesAnotherSecret() throws Exception {
        MlKemEncapsulation enc = MlKem.encapsulate(KEYS.publicKey());
        byte[] altered = enc.ciphertext();
        altered[100] ^= 1;
        assertFalse(Arrays.equals(enc.sharedSecret(), MlKem.decapsulate(KEYS.privateKey(), altered)));
        assertFalse(Arrays.equals(enc.sharedSecret(), MlKem.decapsulate(MlKem.generate().privateKey(), enc.ciphertext())));
    }

    @Test
    void malformedInputIsAProtocolException() {
        byte[] ct = new byte[1568];
        assertThrows(ProtocolException.class, () -> MlKem.encapsulate(new byte[1567]));
        assertThrows(ProtocolException.class, () -> MlKem.encapsulate(null));
        byte[] ff = new byte[1568];
        Arrays.fill(ff, (byte) 0xff); // coefficients above q
        assertThrows(ProtocolException.class, () -> MlKem.encapsulate(ff));
        assertThrows(ProtocolException.class, () -> MlKem.decapsulate(KEYS.privateKey(), new byte[1567]));
        assertThrows(ProtocolException.class, () -> MlKem.decapsulate(KEYS.privateKey(), null));
        assertThrows(ProtocolException.class, () -> MlKem.decapsulate(new byte[100], ct));
        assertThrows(ProtocolException.class, () -> MlKem.decapsulate(null, ct));
    }
}
