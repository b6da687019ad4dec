package io.linnet.chat.engine;

import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletType;
import java.util.List;
import java.util.stream.IntStream;

/** RSA-2048 identities (key size does not matter to the engine; 4096 would only slow the tests). */
final class TestIdentities {
    private TestIdentities() {}

    static Wallet wallet() {
        RsaPrivateKey key = Rsa.generate(2048, 1);
        return new Wallet(5, WalletType.FULL, CryptoRandom.bytes(64), key.toIxianBytes(), key.publicKey().toIxianBytes(), null);
    }

    static UnlockedIdentity identity() {
        return UnlockedIdentity.of(wallet());
    }

    static List<UnlockedIdentity> identities(int n) {
        return IntStream.range(0, n).parallel().mapToObj(i -> identity()).toList();
    }
}
