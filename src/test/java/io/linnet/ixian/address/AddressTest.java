package io.linnet.ixian.address;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.Hashes;
import org.junit.jupiter.api.Test;

/** Address vectors of ixian-primitives.md §11.4–§11.5. */
class AddressTest {

    @Test
    void testKeysMatchTheSpecInputs() {
        assertEquals("e2e69daa3f38e63323e50457f3dd100c5e36315b2a442432cdb07500baf4aebe", h(Hashes.sha3_256(TestKeys.a1())));
        assertEquals("0c53d015aea68295b476dc6ec08f707b33cba36e79bf32ea8c4853b6283ca8be", h(Hashes.sha3_256(TestKeys.a2())));
        assertEquals("43f193e66cc2093cdada94096944bbb628b900def7e1ae90dddf06f8c11c35a6", h(Hashes.sha3_256(TestKeys.a0())));
        assertEquals("cf978d9c2542227c69717368ffbd630c8ce96bb0185e699e555ab08a5b9d18f7", h(Hashes.sha3_256(TestKeys.a0p())));
    }

    @Test
    void v1FromPublicKey() throws ProtocolException {
        Address a = Address.fromPublicKey(TestKeys.a1());
        assertEquals(1, a.version());
        assertEquals("014e6a8ffd4327967f8eb4c7f81d0d8f0a80ff566f1fe1e029d4a5c21092200e9f5ade209842cfbc88064110c0", h(a.noChecksum()));
        assertEquals("19d481", h(Address.checksum(a.noChecksum())));
        assertEquals("014e6a8ffd4327967f8eb4c7f81d0d8f0a80ff566f1fe1e029d4a5c21092200e9f5ade209842cfbc88064110c019d481", h(a.withChecksum()));
        assertEquals("3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWU", a.toString());
        assertEquals("746013a163f8c592ebf1", h(a.sectorPrefix()));
        assertArrayEquals(TestKeys.a1(), a.publicKey().orElseThrow());
        assertArrayEquals(TestKeys.a1(), a.inputBytes());
    }

    @Test
    void v2FromPublicKey() throws ProtocolException {
        Address a = Address.fromPublicKey(TestKeys.a2());
        assertEquals(2, a.version());
        assertEquals("027001c9363a37fe16f58aa7e31ac56ee61e84ba7d24c00517c46f34b4e17492db9bb3c973ed68770d11bf5afc", h(a.noChecksum()));
        assertEquals("12865c", h(Address.checksum(a.noChecksum())));
        assertEquals("6BnrZt5Kw1DS1ndw1j3DK9754khmeRZ5UekAzT5h8Cy4NNwDbTetjDE8XGnostTvT", a.toString());
        assertEquals("9e89e0d975fc717936d4", h(a.sectorPrefix()));
    }

    @Test
    void v0FromLegacyAndPrefixedKeys() throws ProtocolException {
        Address legacy = Address.fromPublicKey(TestKeys.a0());
        Address prefixed = Address.fromPublicKey(TestKeys.a0p());
        assertEquals(0, legacy.version());
        assertEquals("00bc08dd6d51f06352ad32e9f960eac7cfb490b84e409d21058c3d8605dfdd282e", h(legacy.noChecksum()));
        assertEquals("85f391", h(Address.checksum(legacy.noChecksum())));
        assertEquals("1KmCdkqCf4TFXJqLLYfwaSP9iuo1ynnq5f7pGTrjgTznYBPW8", legacy.toString());
        assertEquals(legacy, prefixed);
    }

    @Test
    void textAndBinaryFormsRoundTrip() throws ProtocolException {
        for (byte[] key : new byte[][] {TestKeys.a0(), TestKeys.a1(), TestKeys.a2()}) {
            Address a = Address.fromPublicKey(key);
            Address parsed = Address.parse(a.toString());
            assertEquals(a, parsed);
            assertEquals(a.version(), parsed.version(), "parsing keeps the version, unlike Ixian-Core");
            assertFalse(parsed.publicKey().isPresent());
            assertEquals(a, Address.fromBytes(a.noChecksum()));
            assertEquals(a, Address.fromBytes(a.withChecksum()));
            assertEquals(a, Address.parseAny(h(a.withChecksum())));
            assertEquals(a, Address.parseAny(h(key)));
            assertEquals(a.hashCode(), parsed.hashCode());
        }
    }

    @Test
    void repositoryFixturesValidate() throws ProtocolException {
        Address a = Address.parse("1ixianinfinimine234234234234234234234234234242HP");
        assertEquals(0, a.version());
        Address seed = Address.parse("3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA");
        assertEquals("0126ea0f17c58644192272ad6cc09c326aafbe90f3ae9010e5abcc21c76e762f8adb33399d851e4e2fac11eea3f2cfdf", h(seed.withChecksum()));
    }

    @Test
    void badAddressesAreRejected() throws ProtocolException {
        byte[] good = Address.fromPublicKey(TestKeys.a1()).withChecksum();
        byte[] badChecksum = good.clone();
        badChecksum[47] ^= 1;
        assertThrows(ProtocolException.class, () -> Address.fromBytes(badChecksum));
        assertThrows(ProtocolException.class, () -> Address.fromBytes(new byte[40]));
        byte[] wrongVersion = Address.fromPublicKey(TestKeys.a1()).noChecksum();
        wrongVersion[0] = 0; // v0 must be 33 bytes long
        assertThrows(ProtocolException.class, () -> Address.fromBytes(wrongVersion));
        wrongVersion[0] = 7;
        assertThrows(ProtocolException.class, () -> Address.fromBytes(wrongVersion));
        assertThrows(ProtocolException.class, () -> Address.parse("3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWV"));
        assertThrows(ProtocolException.class, () -> Address.parse("not an address"));
        assertThrows(ProtocolException.class, () -> Address.parse("111"));
        assertThrows(ProtocolException.class, () -> Address.fromPublicKey(new byte[48]));
        assertThrows(ProtocolException.class, () -> Address.fromPublicKey(new byte[1024]));
        byte[] v9key = TestKeys.a1();
        v9key[0] = 9;
        assertThrows(ProtocolException.class, () -> Address.fromPublicKey(v9key));
    }

    @Test
    void nonceAddresses() throws ProtocolException {
        byte[] nonce = b("101112131415161718191a1b1c1d1e1f");
        Address a1 = Address.fromPublicKey(TestKeys.a1()).withNonce(nonce);
        assertEquals("01eb23903e3f345f85a1496bd156e68c05db92292fdd591613aafafc189d7bdfab7dc4cdb65dc00000fea51fe1db9967", h(a1.withChecksum()));
        assertEquals("55kA9QjYRjK4riUCLtC5zHihu9JnRwsNsc5mds8ETPPbJ2NEqnXtNhSTvBmyE6GHL", a1.toString());
        Address a2 = Address.fromPublicKey(TestKeys.a2()).withNonce(nonce);
        assertEquals("7P23EgX37EvEwGaSf7JRxw6tRhrpATez4VLvDNtnrZYCHkBxGrAGTFt8DVJvCFqD9", a2.toString());
        Address a0 = Address.fromPublicKey(TestKeys.a0()).withNonce(nonce);
        assertEquals("00fc6840cc085c3a7410ba5e1f6788151938766705bb4cfa10d08505a417f0d888b6b9fa", h(a0.withChecksum()));
        assertEquals("1SBjvNGvTQQgEyj3T4zgcHi1A6srPLvZTi8wP7JvVwmHz67kD", a0.toString());

        Address primary = Address.fromPublicKey(TestKeys.a1());
        assertSame(primary, primary.withNonce(null));
        assertSame(primary, primary.withNonce(new byte[] {0}));
        assertNotEquals(primary, primary.withNonce(new byte[] {0, 0}));
    }

    @Test
    void walletV5NonceChainAddresses() throws ProtocolException {
        Address primary = Address.fromPublicKey(TestKeys.a1());
        String[][] chain = {
            {"10de808f82059adfa2992d0cdaa845df", "0132f051bf8389652f1903ec8dd31f5edb4be4f96b1409b6417d0ca41811a5d034480f40a32c6a81844e579be6"},
            {"f911ace9c1a9c9b2b3224e7593967a5a", "01eed87a61fb01c578b46e4b0e273aa724d0271b9e841fde42fc31f1499c092f5490a4b007135c2c7ea15c780c"},
            {"ff3c383522b5cf547a0eb23cd5da3d19", "01124cb542361809e199e792fc696cac33c5b9d58f8e0209e4217f4fb12e9d44fc14f1c41d43f7e52ac865f51e"},
        };
        for (String[] step : chain) {
            assertEquals(step[1], h(primary.withNonce(b(step[0])).noChecksum()));
        }
    }

    @Test
    void defensiveCopies() throws ProtocolException {
        Address a = Address.fromPublicKey(TestKeys.a1());
        a.noChecksum()[1] ^= 1;
        a.publicKey().orElseThrow()[0] = 9;
        assertEquals("3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWU", a.toString());
        assertTrue(a.publicKey().isPresent());
    }
}
