package io.linnet.fuzz;

import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.IxianVectors;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.crypto.TestKeys;
import io.linnet.ixian.wallet.LegacyWalletWriter;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.ixian.wallet.WalletType;
import io.linnet.ixian.wallet.WrongPasswordException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fuzzes the wallet reader: any file may only end in a wallet, a ProtocolException or a WrongPasswordException. */
class WalletFuzzTest {
    private static final String PASSWORD = "correct horse battery";

    static Object read(byte[] file) throws Exception {
        return WalletCodec.read(file, PASSWORD);
    }

    @FuzzTest(maxDuration = "10s")
    void walletRead(byte[] input) {
        Decoders.checkAllowing(WalletFuzzTest::read, input, ProtocolException.class, WrongPasswordException.class);
    }

    @Test
    void mutatedWallets() {
        RsaPrivateKey key = TestKeys.rsa2048();
        byte[] priv = key.toIxianBytes();
        byte[] pub = key.publicKey().toIxianBytes();
        byte[] viewingV5 = WalletCodec.writeV5(
                new Wallet(5, WalletType.VIEWING, seq(0, 64), null, IxianVectors.PK_V1, seq(0x10, 16)), PASSWORD);
        List<byte[]> seeds = List.of(
                viewingV5,
                WalletCodec.writeV5(new Wallet(5, WalletType.FULL, seq(0, 64), priv, pub, null), PASSWORD),
                LegacyWalletWriter.write(2, WalletType.FULL, priv, pub, seq(0x10, 16), PASSWORD),
                LegacyWalletWriter.write(4, WalletType.VIEWING, seq(0, 44), pub, null, PASSWORD),
                ("IXIHEX" + HexFormat.of().formatHex(viewingV5)).getBytes(StandardCharsets.US_ASCII));
        for (byte[] s : seeds) {
            assertTrue(Decoders.checkAllowing(WalletFuzzTest::read, s), "the seed itself reads");
        }
        Decoders.checkMutantsAllowing(WalletFuzzTest::read, seeds, 150, 31, ProtocolException.class,
                WrongPasswordException.class);
    }
}
