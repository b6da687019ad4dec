package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Protocol-v1 pair keys from ECDH ‖ ML-KEM (ixian-primitives.md §10.7, §11.11). */
class PairKeyExchangeTest {

    @Test
    void deriveMatchesTheHkdfVectors() {
        PairKeys k = PairKeys.derive(b("01" + "ab".repeat(65)), seq(0xc0, 32), seq(0x00, 32), seq(0x20, 32));
        assertEquals("d2cd23b485ab3609baf0641c2007064dcfdc204494e2e7036605b5baf30ac461", h(k.aesKey()));
        assertEquals("fe5d0fe0ff775529f311ca81f2f338e860c247f2692918a5332bd402f0d8d275", h(k.chachaKey()));
    }

    @Test
    void bothSidesEndWithTheSameKeys() throws Exception {
        PairKeyExchange.AcceptorState acceptor = PairKeyExchange.startAsAcceptor();
        assertEquals(67, acceptor.ecdh().publicKey().length);
        assertEquals(1568, acceptor.mlKem().publicKey().length);
        assertEquals(32, acceptor.aesSalt().length);

        PairKeyExchange.InitiatorResult initiator = PairKeyExchange.initiate(
                acceptor.ecdh().publicKey(), acceptor.mlKem().publicKey(), acceptor.aesSalt());
        assertEquals(67, initiator.ecdhPublicKey().length);
        assertEquals(1568, initiator.mlKemCiphertext().length);
        assertEquals(32, initiator.chachaSalt().length);

        PairKeys onAcceptor = acceptor.complete(initiator.ecdhPublicKey(), initiator.mlKemCiphertext(), initiator.chachaSalt());
        assertEquals(initiator.keys(), onAcceptor);
        assertEquals(32, onAcceptor.aesKey().length);
        assertEquals(32, onAcceptor.chachaKey().length);
        assertFalse(Arrays.equals(onAcceptor.aesKey(), onAcceptor.chachaKey()));
    }

    @Test
    void anAlteredCiphertextOrSaltGivesOtherKeys() throws Exception {
        PairKeyExchange.AcceptorState acceptor = PairKeyExchange.startAsAcceptor();
        PairKeyExchange.InitiatorResult r = PairKeyExchange.initiate(
                acceptor.ecdh().publicKey(), acceptor.mlKem().publicKey(), acceptor.aesSalt());
        byte[] ct = r.mlKemCiphertext();
        ct[0] ^= 1;
        assertNotEquals(r.keys(), acceptor.complete(r.ecdhPublicKey(), ct, r.chachaSalt()));
        byte[] salt = r.chachaSalt();
        salt[0] ^= 1;
        PairKeys k = acceptor.complete(r.ecdhPublicKey(), r.mlKemCiphertext(), salt);
        assertEquals(h(r.keys().aesKey()), h(k.aesKey()));
        assertNotEquals(h(r.keys().chachaKey()), h(k.chachaKey()));
    }

    @Test
    void keysAreCopiedAndHidden() {
        byte[] aes = seq(1, 32);
        PairKeys k = new PairKeys(aes, seq(2, 32));
        aes[0] = 99;
        assertEquals(1, k.aesKey()[0]);
        k.aesKey()[0] = 99;
        assertEquals(1, k.aesKey()[0]);
        assertFalse(k.toString().contains(h(seq(1, 32))));
        assertEquals(k, new PairKeys(seq(1, 32), seq(2, 32)));
    }
}
