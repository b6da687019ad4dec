package io.linnet.ixian.wallet;

import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.crypto.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Wallet versions 1, 2 and 4 (ixian-primitives.md §9.1), built with the spec's layout. */
class LegacyWalletTest {
    private static final String PASSWORD = "legacy wallet password";
    private static final RsaPrivateKey KEY = TestKeys.rsa2048();
    private static final byte[] PRIV = KEY.toIxianBytes();
    private static final byte[] PUB = KEY.publicKey().toIxianBytes();
    private static final byte[] LAST = seq(0x10, 16);

    @Test
    void version1DerivesA32ByteBaseNonceWithSha512FourTimes() throws Exception {
        Wallet w = WalletCodec.read(LegacyWalletWriter.write(1, WalletType.FULL, PRIV, PUB, null, PASSWORD), PASSWORD);
        assertEquals(1, w.version());
        assertEquals(WalletType.FULL, w.type());
        assertArrayEquals(PRIV, w.privateKey());
        assertArrayEquals(PUB, w.publicKey());
        assertNull(w.lastNonce());
        byte[] slice = Arrays.copyOfRange(PRIV, PUB.length, PUB.length + 64);
        assertEquals(h(WalletNoncesTest.repeated("SHA-512", slice, 4, 32)), h(w.baseNonce()));
    }

    @Test
    void versions2And4DeriveA44ByteBaseNonceWithSha512Twice() throws Exception {
        byte[] slice = Arrays.copyOfRange(PRIV, PUB.length, PUB.length + 64);
        String expected = h(WalletNoncesTest.repeated("SHA-512", slice, 2, 44));
        for (int version : new int[] {2, 4}) {
            Wallet w = WalletCodec.read(LegacyWalletWriter.write(version, WalletType.FULL, PRIV, PUB, LAST, PASSWORD), PASSWORD);
            assertEquals(version, w.version());
            assertEquals(expected, h(w.baseNonce()));
            assertArrayEquals(LAST, w.lastNonce());
            assertArrayEquals(PRIV, w.privateKey());
        }
    }

    @Test
    void version4ViewingWalletStoresItsBaseNonce() throws Exception {
        byte[] base = seq(0x30, 44);
        for (byte[] last : new byte[][] {null, LAST}) {
            Wallet w = WalletCodec.read(LegacyWalletWriter.write(4, WalletType.VIEWING, base, PUB, last, PASSWORD), PASSWORD);
            assertEquals(new Wallet(4, WalletType.VIEWING, base, null, PUB, last), w);
        }
    }

    @Test
    void legacyPrefixlessRsa4096KeysWork() throws Exception {
        byte[] priv = TestKeys.rsa4096().toIxianBytes();
        byte[] legacyPriv = Arrays.copyOfRange(priv, 5, priv.length);
        byte[] pub = TestKeys.rsa4096().publicKey().toIxianBytes();
        byte[] legacyPub = Arrays.copyOfRange(pub, 5, pub.length);
        Wallet w = WalletCodec.read(LegacyWalletWriter.write(1, WalletType.FULL, legacyPriv, legacyPub, null, PASSWORD), PASSWORD);
        byte[] slice = Arrays.copyOfRange(legacyPriv, 523, 523 + 64);
        assertEquals(h(WalletNoncesTest.repeated("SHA-512", slice, 4, 32)), h(w.baseNonce()));
        assertArrayEquals(legacyPub, w.publicKey());
    }

    @Test
    void wrongPasswordAndMismatchedKeys() {
        for (int version : new int[] {1, 2, 4}) {
            byte[] file = LegacyWalletWriter.write(version, WalletType.FULL, PRIV, PUB, LAST, PASSWORD);
            assertThrows(WrongPasswordException.class, () -> WalletCodec.read(file, "legacy wallet passworD"));
        }
        byte[] mismatched = LegacyWalletWriter.write(2, WalletType.FULL, PRIV,
                TestKeys.rsa4096().publicKey().toIxianBytes(), null, PASSWORD);
        assertThrows(WrongPasswordException.class, () -> WalletCodec.read(mismatched, PASSWORD));
        byte[] notAKey = LegacyWalletWriter.write(2, WalletType.FULL, seq(0, 400), PUB, null, PASSWORD);
        assertThrows(WrongPasswordException.class, () -> WalletCodec.read(notAKey, PASSWORD));
    }

    @Test
    void brokenLayoutsAreProtocolExceptions() {
        byte[] file = LegacyWalletWriter.write(4, WalletType.FULL, PRIV, PUB, LAST, PASSWORD);
        assertRejected(Arrays.copyOf(file, file.length - 1));
        assertRejected(Arrays.copyOf(file, file.length + 1));
        assertRejected(Arrays.copyOf(file, 5));
        byte[] badType = file.clone();
        badType[4] = 'x';
        assertRejected(badType);
        byte[] hugeLength = file.clone();
        hugeLength[8] = 0x7f;
        assertRejected(hugeLength);
        byte[] negativeLength = file.clone();
        negativeLength[8] = (byte) 0xff;
        assertRejected(negativeLength);
        assertRejected(new IxiWriter().int32(2).int32Bytes(new byte[40]).int32Bytes(new byte[48]).toByteArray());
        assertRejected(new IxiWriter().int32(2).int32Bytes(new byte[49]).int32Bytes(new byte[48]).toByteArray());
        assertRejected(new IxiWriter().int32(1).int32Bytes(new byte[48]).toByteArray());
        assertRejected(new IxiWriter().int32(1).int32Bytes(new byte[48]).int32Bytes(new byte[48]).int32(0).toByteArray());
    }

    @Test
    void ixiHexOfALegacyWallet() throws Exception {
        byte[] file = LegacyWalletWriter.write(2, WalletType.FULL, PRIV, PUB, null, PASSWORD);
        byte[] text = ("IXIHEX" + h(file) + "\n").getBytes(StandardCharsets.US_ASCII);
        assertEquals(WalletCodec.read(file, PASSWORD), WalletCodec.read(text, PASSWORD));
    }

    @Test
    void olderWalletsAreNotReEncodedAsVersion5() throws Exception {
        Wallet v4 = WalletCodec.read(LegacyWalletWriter.write(4, WalletType.FULL, PRIV, PUB, LAST, PASSWORD), PASSWORD);
        assertThrows(IllegalArgumentException.class, () -> WalletCodec.writeV5(v4, PASSWORD));
        assertThrows(IllegalArgumentException.class, () -> WalletCodec.writeV5(v4.toViewing(), PASSWORD));
    }

    @Test
    void viewingFormOfOlderWallets() throws Exception {
        Wallet v2 = WalletCodec.read(LegacyWalletWriter.write(2, WalletType.FULL, PRIV, PUB, LAST, PASSWORD), PASSWORD);
        Wallet viewing = v2.toViewing();
        assertEquals(4, viewing.version());
        assertArrayEquals(v2.nextNonce(), viewing.nextNonce());
        Wallet v1 = WalletCodec.read(LegacyWalletWriter.write(1, WalletType.FULL, PRIV, PUB, null, PASSWORD), PASSWORD);
        assertThrows(IllegalArgumentException.class, v1::toViewing);
    }

    private static void assertRejected(byte[] file) {
        assertThrows(ProtocolException.class, () -> WalletCodec.read(file, PASSWORD));
    }
}
