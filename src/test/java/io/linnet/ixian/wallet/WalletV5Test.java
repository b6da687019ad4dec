package io.linnet.ixian.wallet;

import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.AesMode;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.Hashes;
import io.linnet.ixian.crypto.IxianVectors;
import io.linnet.ixian.crypto.PasswordCrypto;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.crypto.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Wallet version 5 (ixian-primitives.md §9.3, §11.12) and the IXIHEX form. */
class WalletV5Test {
    private static final String PASSWORD = "correct horse battery";
    private static final Wallet GENERATED = Wallet.generate();
    private static final RsaPrivateKey KEY = TestKeys.rsa2048();

    private static Wallet syntheticViewing() {
        return new Wallet(5, WalletType.VIEWING, seq(0, 64), null, IxianVectors.PK_V1, seq(0x10, 16));
    }

    @Test
    void syntheticViewingWalletVector() throws Exception {
        byte[] file = WalletCodec.writeV5(syntheticViewing(), PASSWORD, seq(0x50, 16), seq(0x60, 12));
        assertEquals(669, file.length);
        assertEquals("05000000" + h(seq(0x50, 16)) + h(seq(0x60, 12)) + "7914d8900d698076052cc9483265db8f",
                h(Arrays.copyOf(file, 48)));
        assertEquals("60d237a35fe4a34ccde2e9aaba2eaefa", h(Arrays.copyOfRange(file, 653, 669)));
        assertEquals("75d4ec8fbcfb7c7f7f092d399108960f719d42d1640d6b7a4ce5dbfe06235ec7", h(Hashes.sha3_256(file)));
        assertEquals(syntheticViewing(), WalletCodec.read(file, PASSWORD));
    }

    @Test
    void generatedWalletIsVersion5WithRsa4096() {
        assertEquals(5, GENERATED.version());
        assertEquals(WalletType.FULL, GENERATED.type());
        assertEquals(64, GENERATED.baseNonce().length);
        assertEquals(528, GENERATED.publicKey().length);
        assertEquals(2344, GENERATED.privateKey().length);
        assertEquals(1, GENERATED.publicKey()[0], "key version 1, for a v1 address");
        assertNull(GENERATED.lastNonce());
    }

    @Test
    void fullAndViewingRoundTrip() throws Exception {
        Wallet withNonce = GENERATED.withLastNonce(GENERATED.nextNonce());
        for (Wallet w : new Wallet[] {GENERATED, withNonce, GENERATED.toViewing(), withNonce.toViewing()}) {
            byte[] file = WalletCodec.writeV5(w, PASSWORD);
            assertEquals(w, WalletCodec.read(file, PASSWORD));
            assertFalse(Arrays.equals(file, WalletCodec.writeV5(w, PASSWORD)), "salt and IV are random");
        }
        Wallet viewing = WalletCodec.read(WalletCodec.writeV5(GENERATED.toViewing(), PASSWORD), PASSWORD);
        assertNull(viewing.privateKey());
        assertEquals(WalletType.VIEWING, viewing.type());
    }

    @Test
    void passwordRules() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> WalletCodec.writeV5(GENERATED, "123456789"));
        assertThrows(IllegalArgumentException.class, () -> WalletCodec.writeV5(GENERATED, null));
        String tenUtf16Units = "🙂🙂🙂🙂🙂";
        assertEquals(GENERATED, WalletCodec.read(WalletCodec.writeV5(GENERATED, tenUtf16Units), tenUtf16Units));
        byte[] file = WalletCodec.writeV5(GENERATED, PASSWORD);
        assertThrows(WrongPasswordException.class, () -> WalletCodec.read(file, "correct horse batterz"));
        assertThrows(WrongPasswordException.class, () -> WalletCodec.read(file, ""));
    }

    @Test
    void truncatedAndGarbageFiles() throws Exception {
        byte[] file = WalletCodec.writeV5(syntheticViewing(), PASSWORD, seq(0x50, 16), seq(0x60, 12));
        for (int n = 0; n < 48; n++) {
            byte[] cut = Arrays.copyOf(file, n);
            assertThrows(ProtocolException.class, () -> WalletCodec.read(cut, PASSWORD), "prefix " + n);
        }
        // past the header, GCM cannot tell truncation or damage from a wrong password
        assertThrows(WrongPasswordException.class, () -> WalletCodec.read(Arrays.copyOf(file, 600), PASSWORD));
        byte[] flipped = file.clone();
        flipped[300] ^= 1;
        assertThrows(WrongPasswordException.class, () -> WalletCodec.read(flipped, PASSWORD));
        byte[] garbage = CryptoRandom.bytes(700);
        garbage[0] = 7;
        garbage[1] = garbage[2] = garbage[3] = 0;
        assertThrows(ProtocolException.class, () -> WalletCodec.read(garbage, PASSWORD));
        garbage[0] = 3;
        assertThrows(ProtocolException.class, () -> WalletCodec.read(garbage, PASSWORD));
        garbage[0] = 5;
        assertThrows(WrongPasswordException.class, () -> WalletCodec.read(garbage, PASSWORD));
    }

    @Test
    void fullWalletWithoutBaseNonceDerivesOne() throws Exception {
        byte[] priv = KEY.toIxianBytes();
        byte[] inner = new IxiWriter().u8('f').int32(0).int32Bytes(priv).int32Bytes(KEY.publicKey().toIxianBytes())
                .int32(0).toByteArray();
        Wallet w = WalletCodec.read(file(inner), PASSWORD);
        assertEquals(h(WalletNoncesTest.repeated("SHA3-512", priv, 2, 44)), h(w.baseNonce()));
        assertArrayEquals(priv, w.privateKey());
    }

    @Test
    void authenticatedButMalformedContentIsAProtocolException() {
        byte[] pub = KEY.publicKey().toIxianBytes();
        byte[] otherPub = TestKeys.rsa4096().publicKey().toIxianBytes();
        byte[] priv = KEY.toIxianBytes();
        byte[][] inners = {
            new IxiWriter().u8('x').int32Bytes(seq(0, 64)).int32Bytes(pub).int32(0).toByteArray(),
            new IxiWriter().u8('v').int32(0).int32Bytes(pub).int32(0).toByteArray(),
            new IxiWriter().u8('v').int32Bytes(seq(0, 64)).int32Bytes(pub).int32(0).u8(0).toByteArray(),
            new IxiWriter().u8('v').int32Bytes(seq(0, 64)).int32Bytes(pub).int32(-1).toByteArray(),
            new IxiWriter().u8('v').int32Bytes(seq(0, 64)).int32Bytes(pub).toByteArray(),
            new IxiWriter().u8('v').int32Bytes(seq(0, 64)).int32Bytes(Arrays.copyOf(pub, 100)).int32(0).toByteArray(),
            new IxiWriter().u8('f').int32Bytes(seq(0, 64)).int32Bytes(priv).int32Bytes(otherPub).int32(0).toByteArray(),
            new IxiWriter().u8('f').int32Bytes(seq(0, 64)).int32(0).int32Bytes(pub).int32(0).toByteArray(),
            new byte[0],
        };
        for (int i = 0; i < inners.length; i++) {
            byte[] f = file(inners[i]);
            assertThrows(ProtocolException.class, () -> WalletCodec.read(f, PASSWORD), "inner #" + i);
        }
    }

    @Test
    void ixiHexForm() throws Exception {
        byte[] file = WalletCodec.writeV5(GENERATED, PASSWORD);
        for (String text : new String[] {"IXIHEX" + h(file), "IXIHEX  " + h(file).toUpperCase() + "\r\n"}) {
            assertEquals(GENERATED, WalletCodec.read(text.getBytes(StandardCharsets.US_ASCII), PASSWORD));
        }
        assertThrows(ProtocolException.class, () -> WalletCodec.read(("IXIHEX" + h(file) + "0").getBytes(StandardCharsets.US_ASCII), PASSWORD));
        assertThrows(ProtocolException.class, () -> WalletCodec.read("IXIHEXzz".getBytes(StandardCharsets.US_ASCII), PASSWORD));
        assertThrows(ProtocolException.class, () -> WalletCodec.read("IXIHEX".getBytes(StandardCharsets.US_ASCII), PASSWORD));
    }

    @Test
    void walletRecordGuardsItsState() {
        Wallet w = syntheticViewing();
        byte[] base = w.baseNonce();
        base[0] = 9;
        assertEquals(0, w.baseNonce()[0]);
        assertFalse(GENERATED.toString().contains(h(GENERATED.privateKey()).substring(0, 40)));
        assertNull(w.withLastNonce(new byte[0]).lastNonce());
        byte[] pub = IxianVectors.PK_V1;
        assertThrows(IllegalArgumentException.class, () -> new Wallet(5, WalletType.VIEWING, seq(0, 64), new byte[1], pub, null));
        assertThrows(IllegalArgumentException.class, () -> new Wallet(2, WalletType.VIEWING, seq(0, 64), null, pub, null));
        assertThrows(IllegalArgumentException.class, () -> new Wallet(5, WalletType.FULL, seq(0, 64), null, pub, null));
        assertThrows(IllegalArgumentException.class, () -> new Wallet(3, WalletType.FULL, seq(0, 64), new byte[1], pub, null));
        assertThrows(IllegalArgumentException.class, () -> new Wallet(5, WalletType.VIEWING, new byte[0], null, pub, null));
        assertThrows(IllegalArgumentException.class, () -> WalletCodec.writeV5(
                new Wallet(5, WalletType.VIEWING, seq(0, 64), null, new byte[] {1, 2}, null), PASSWORD));
    }

    private static byte[] file(byte[] inner) {
        byte[] blob = PasswordCrypto.encrypt(inner, PASSWORD, AesMode.GCM);
        return new IxiWriter().int32(5).raw(blob).toByteArray();
    }
}
