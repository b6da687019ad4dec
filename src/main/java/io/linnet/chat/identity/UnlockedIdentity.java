package io.linnet.chat.identity;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.wallet.Wallet;
import java.util.Objects;

/**
 * An opened wallet: the RSA key the engine signs and decrypts with, and the primary address it gives.
 * Immutable; holds key material, so it is never logged ({@link #toString()} shows the address only).
 *
 * @param wallet the decoded wallet
 * @param key its private key
 * @param address its primary address (without public key attached)
 */
public record UnlockedIdentity(Wallet wallet, RsaPrivateKey key, Address address) {
    public UnlockedIdentity {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(address, "address");
    }

    /** Opens the key of a full wallet. */
    public static UnlockedIdentity of(Wallet wallet) {
        if (wallet.privateKey() == null) {
            throw new IllegalArgumentException("a viewing-only wallet cannot be used to chat");
        }
        try {
            RsaPrivateKey key = RsaPrivateKey.fromIxianBytes(wallet.privateKey());
            Address address = Address.fromPublicKey(key.publicKey().toIxianBytes()).withoutPublicKey();
            return new UnlockedIdentity(wallet, key, address);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("the wallet's key does not parse: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "UnlockedIdentity[" + address + "]";
    }
}
