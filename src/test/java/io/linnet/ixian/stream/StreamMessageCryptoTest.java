package io.linnet.ixian.stream;

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
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.IxianVectors;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.testutil.Hex;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing, verification and encryption of stream messages (spec §1.5–§1.7) and the crypto behaviours of
 * Ixian's TestStreamMessage (§9.2).
 */
class StreamMessageCryptoTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(StreamMessageTest.T));
    private static final byte[] HELLO = "Hello Ixian".getBytes(StandardCharsets.US_ASCII);
    /** spixi2 wire of "Hello Ixian" with the fixed inputs of ixian-primitives.md §11.8. */
    private static final String SPIXI2_WIRE = "40" + h(Hex.seq(0x40, 64)) + "2b"
            + "18d158cb290caebd8f0eb44af98926ee4d1c91e40a1fd11c793cf510eaa2c4b177f292d2fa5a73c25f9267";

    private static RsaPrivateKey alice;
    private static RsaPrivateKey mallory;
    private static RsaPrivateKey fixed2048;
    private static Address aliceAddress;
    private static PairKeys pair;

    @BeforeAll
    static void keys() throws ProtocolException {
        alice = Rsa.generate(4096, 1);
        mallory = Rsa.generate(4096, 1);
        fixed2048 = RsaPrivateKey.fromIxianBytes(IxianVectors.RSA2048_PRIVATE);
        aliceAddress = Address.fromPublicKey(alice.publicKey().toIxianBytes());
        pair = new PairKeys(Hex.seq(0, 32), Hex.seq(0x20, 32));
    }

    private static StreamMessage message(int version) {
        return StreamMessage.builder(version, CLOCK).type(StreamMessageCode.DATA).sender(aliceAddress)
                .recipient(StreamMessageTest.v1Golden().recipient()).data(Bytes.utf8("secret chat text")).build();
    }

    // ---- interoperability vectors ----

    @Test
    void spixi2VectorOpensAsAStreamMessage() throws Exception {
        StreamMessage m = StreamMessage.builder(1, CLOCK).id(Bytes.of(b("01020304"))).type(StreamMessageCode.DATA)
                .data(Bytes.of(b(SPIXI2_WIRE))).build();
        assertEquals("01020304" + "02" + "fd00f15365", h(m.additionalData()), "the AAD of §11.8");
        DecryptedStreamMessage d = StreamMessageCrypto.decrypt(m, pair);
        assertArrayEquals(HELLO, d.message().data().toByteArray());
        assertEquals(m.data(), d.originalData());
        assertEquals(m.checksum(), d.originalChecksum());
        // the AAD binds the type and the timestamp
        assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(m.toBuilder().timestamp(StreamMessageTest.T + 1).build(), pair));
        assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(m.toBuilder().type(StreamMessageCode.INFO).build(), pair));
        assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(m.toBuilder().id(Bytes.of(b("01020305"))).build(), pair));
        // ...but not sender, recipient or version (spec §10-24)
        StreamMessage rerouted = m.toBuilder().sender(aliceAddress).version(2).requireRcvConfirmation(false).build();
        assertArrayEquals(HELLO, StreamMessageCrypto.decrypt(rerouted, pair).message().data().toByteArray());
    }

    @Test
    void rsa2VectorOpensAsAStreamMessage() throws Exception {
        StreamMessage m = StreamMessage.builder(1, CLOCK).id(Bytes.of(b("01020304"))).type(StreamMessageCode.DATA)
                .encryptionType(EncryptionCode.RSA2).data(Bytes.of(IxianVectors.RSA2_MESSAGE)).build();
        assertArrayEquals(HELLO, StreamMessageCrypto.decrypt(m, fixed2048).message().data().toByteArray());
    }

    @Test
    void signatureVector() throws Exception {
        // PKCS#1 v1.5 is deterministic: the signature of the golden v1 message's checksum with the RSA-2048
        // test key, computed independently (Python "cryptography", SHA3-512 checksum, SHA512withRSA)
        StreamMessage signed = StreamMessageCrypto.sign(StreamMessageTest.v1Golden(), fixed2048);
        assertEquals("8a458318b220f9c03dce4807fd7d375b1f0e0e33bd585585d5ebee297b3965e5bf30ec3df122d5e6cbc1d32c7917c591"
                + "a5b1d953696e8af6ec707f08fd2f176bd56844dde691beac00caa4db54d9eb9cf511f5674cddb2e6c5fd006026b05e68f74a35d3e2"
                + "f611b3ce87d724c3847c129bc286c81bfd1e985ef7d00aa7284775676a6fca4d30b99ee5b60354bd0b48712e0607c02fd93eeeba36"
                + "2e5467b0cc7ea9d769d71189bde90bafd7e2a781c25f66965c12ee054941794b073de99d7a1dff03f9c1aa94030f156bd33a84119d"
                + "4491d1cea3ea20846c30134d6dffb781cd6fc312db83a629eae8aa3c70e0a45ffa615165590198cac62a0a3eceb1ac84a5",
                signed.signature().toHex());
        assertEquals(StreamMessageTest.V1_CHECKSUM_FORM + "fc0001" + signed.signature().toHex() + "01", h(signed.encode()));
        assertTrue(StreamMessageCrypto.verify(StreamMessage.decode(signed.encode()), fixed2048.publicKey()));
    }

    // ---- Ixian TestStreamMessage behaviours (§9.2) ----

    @Test
    void b13SignThenVerify() {
        StreamMessage signed = StreamMessageCrypto.sign(message(1), alice);
        assertEquals(512, signed.signature().length());
        assertTrue(StreamMessageCrypto.verify(signed, alice.publicKey()));
        assertFalse(StreamMessageCrypto.verify(message(1), alice.publicKey()), "unsigned messages do not verify");
    }

    @Test
    void b14VerificationFailsAfterDataChanges() {
        StreamMessage signed = StreamMessageCrypto.sign(message(1), alice);
        assertFalse(StreamMessageCrypto.verify(signed.toBuilder().data(Bytes.utf8("secret chat texT")).build(), alice.publicKey()));
    }

    @Test
    void b15VerificationFailsAfterTimestampChanges() {
        StreamMessage signed = StreamMessageCrypto.sign(message(1), alice);
        assertFalse(StreamMessageCrypto.verify(signed.toBuilder().timestamp(signed.timestamp() - 1).build(), alice.publicKey()));
    }

    @Test
    void b16VerificationFailsWithAnotherKey() {
        StreamMessage signed = StreamMessageCrypto.sign(message(1), alice);
        assertFalse(StreamMessageCrypto.verify(signed, mallory.publicKey()));
    }

    @Test
    void b17VerificationFailsWithAFlippedSignatureByte() {
        StreamMessage signed = StreamMessageCrypto.sign(message(1), alice);
        byte[] sig = signed.signature().toByteArray();
        for (int i : new int[] {0, 100, sig.length - 1}) {
            byte[] bad = sig.clone();
            bad[i] ^= 0x01;
            assertFalse(StreamMessageCrypto.verify(signed.toBuilder().signature(Bytes.of(bad)).build(), alice.publicKey()), "byte " + i);
        }
        assertFalse(StreamMessageCrypto.verify(signed.toBuilder().signature(Bytes.of(Arrays.copyOf(sig, 511))).build(), alice.publicKey()));
    }

    @Test
    void b18Spixi2RoundTrip() throws Exception {
        StreamMessage plain = message(1);
        StreamMessage sealed = StreamMessageCrypto.encrypt(plain, pair);
        assertTrue(sealed.encrypted());
        assertNotEquals(plain.data(), sealed.data());
        assertEquals(1 + 64 + 1 + plain.data().length() + 32, sealed.data().length(), "40 ‖ nonce ‖ len ‖ ct ‖ two tags");
        assertEquals(plain.toBuilder().data(sealed.data()).encrypted(true).build(), sealed, "only data and the flag change");
        StreamMessage received = StreamMessage.decode(sealed.encode());
        DecryptedStreamMessage d = StreamMessageCrypto.decrypt(received, pair);
        assertEquals(plain, d.message());
        assertEquals(sealed.data(), d.originalData());
        assertEquals(sealed.checksum(), d.originalChecksum());
    }

    @Test
    void b19Rsa2RoundTrip() throws Exception {
        StreamMessage plain = message(1).toBuilder().encryptionType(EncryptionCode.RSA2).build();
        StreamMessage sealed = StreamMessageCrypto.encrypt(plain, alice.publicKey());
        assertTrue(sealed.encrypted());
        assertEquals("fc0002", sealed.data().toHex().substring(0, 6), "a 512-byte RSA-4096 key block");
        DecryptedStreamMessage d = StreamMessageCrypto.decrypt(StreamMessage.decode(sealed.encode()), alice);
        assertEquals(plain, d.message());
        assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(sealed, mallory));
    }

    @Test
    void b20EncryptingTwiceDoesNothing() {
        StreamMessage once = StreamMessageCrypto.encrypt(message(1), pair);
        assertSame(once, StreamMessageCrypto.encrypt(once, pair));
        StreamMessage rsa2 = StreamMessageCrypto.encrypt(message(1).toBuilder().encryptionType(EncryptionCode.RSA2).build(), alice.publicKey());
        assertSame(rsa2, StreamMessageCrypto.encrypt(rsa2, alice.publicKey()));
    }

    @Test
    void b21DecryptingTwiceDoesNothing() throws Exception {
        StreamMessage sealed = StreamMessageCrypto.encrypt(message(1), pair);
        DecryptedStreamMessage once = StreamMessageCrypto.decrypt(sealed, pair);
        assertSame(once, StreamMessageCrypto.decrypt(once, pair));
        assertSame(once, StreamMessageCrypto.decrypt(once, alice));
        // the plaintext message itself is not ciphertext: opening it fails rather than corrupting it
        assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(once.message(), pair));
    }

    @Test
    void b22WrongKeyFails() {
        StreamMessage sealed = StreamMessageCrypto.encrypt(message(1), pair);
        assertThrows(DecryptionException.class,
                () -> StreamMessageCrypto.decrypt(sealed, new PairKeys(Hex.seq(1, 32), Hex.seq(0x20, 32))));
        assertThrows(DecryptionException.class,
                () -> StreamMessageCrypto.decrypt(sealed, new PairKeys(Hex.seq(0, 32), Hex.seq(0x21, 32))));
    }

    @Test
    void b23TamperedCiphertextFails() {
        StreamMessage sealed = StreamMessageCrypto.encrypt(message(1), pair);
        byte[] data = sealed.data().toByteArray();
        for (int i : new int[] {2, 70, data.length - 1}) {
            byte[] bad = data.clone();
            bad[i] ^= (byte) 0xAA;
            assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(sealed.toBuilder().data(Bytes.of(bad)).build(), pair));
        }
        assertThrows(DecryptionException.class,
                () -> StreamMessageCrypto.decrypt(sealed.toBuilder().data(Bytes.of(Arrays.copyOf(data, data.length - 8))).build(), pair));
    }

    @Test
    void b32CiphertextDoesNotContainThePlaintext() {
        for (EncryptionCode scheme : EncryptionCode.values()) {
            if (scheme == EncryptionCode.NONE) {
                continue;
            }
            StreamMessage plain = message(scheme == EncryptionCode.SPIXI1 || scheme == EncryptionCode.RSA ? 0 : 1)
                    .toBuilder().encryptionType(scheme).build();
            StreamMessage sealed = scheme == EncryptionCode.RSA || scheme == EncryptionCode.RSA2
                    ? StreamMessageCrypto.encrypt(plain, alice.publicKey()) : StreamMessageCrypto.encrypt(plain, pair);
            String text = new String(sealed.data().toByteArray(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("secret"), scheme.name());
        }
    }

    @Test
    void b34EncryptingChangesTheChecksum() {
        StreamMessage plain = message(1);
        assertNotEquals(plain.checksum(), StreamMessageCrypto.encrypt(plain, pair).checksum());
        StreamMessage v0 = message(0);
        assertNotEquals(v0.checksum(), StreamMessageCrypto.encrypt(v0, pair).checksum());
    }

    // ---- signing order and which checksum verification uses ----

    @Test
    void version1SignsTheCiphertext() throws Exception {
        // sender: encrypt (rsa2), then sign; receiver: decode, decrypt, verify against the received checksum
        StreamMessage plain = message(1).toBuilder().encryptionType(EncryptionCode.RSA2).build();
        StreamMessage sent = StreamMessageCrypto.sign(StreamMessageCrypto.encrypt(plain, mallory.publicKey()), alice);
        DecryptedStreamMessage d = StreamMessageCrypto.decrypt(StreamMessage.decode(sent.encode()), mallory);
        assertTrue(StreamMessageCrypto.verify(d, alice.publicKey()));
        assertFalse(StreamMessageCrypto.verify(d.message(), alice.publicKey()), "the plaintext's checksum is not what was signed");
        assertFalse(StreamMessageCrypto.verify(d, mallory.publicKey()));
    }

    @Test
    void version0SignsThePlaintext() throws Exception {
        // sender: sign, then encrypt (rsa); receiver: decrypt, verify against the plaintext's checksum
        StreamMessage plain = message(0).toBuilder().encryptionType(EncryptionCode.RSA).build();
        StreamMessage sent = StreamMessageCrypto.encrypt(StreamMessageCrypto.sign(plain, alice), mallory.publicKey());
        StreamMessage received = StreamMessage.decode(sent.encode());
        assertTrue(received.encrypted(), "v0 carries the flag");
        DecryptedStreamMessage d = StreamMessageCrypto.decrypt(received, mallory);
        assertFalse(d.message().encrypted());
        assertTrue(StreamMessageCrypto.verify(d, alice.publicKey()));
        assertEquals(d.message().checksum(), d.signedChecksum());
    }

    @Test
    void unencryptedSignedRequest() throws Exception {
        // contact requests travel as "none", signed
        StreamMessage request = StreamMessageCrypto.sign(message(1).toBuilder().encryptionType(EncryptionCode.NONE)
                .id(ReservedMessageId.REQUEST_ADD.id()).build(), alice);
        StreamMessage sealed = StreamMessageCrypto.encrypt(request, alice.publicKey());
        assertEquals(request.data(), sealed.data());
        assertTrue(sealed.encrypted());
        DecryptedStreamMessage d = StreamMessageCrypto.decrypt(StreamMessage.decode(request.encode()), pair);
        assertEquals(request, d.message());
        assertTrue(StreamMessageCrypto.verify(d, alice.publicKey()));
    }

    // ---- other schemes and misuse ----

    @Test
    void spixi1AndRsaRoundTrip() throws Exception {
        StreamMessage v0 = message(0);
        assertEquals(EncryptionCode.SPIXI1, v0.encryptionType());
        StreamMessage sealed = StreamMessageCrypto.encrypt(v0, pair);
        assertEquals(v0.data().length() + 8 + 12 + 16, sealed.data().length());
        assertEquals(v0, StreamMessageCrypto.decrypt(StreamMessage.decode(sealed.encode()), pair).message());

        StreamMessage rsa = v0.toBuilder().encryptionType(EncryptionCode.RSA).build();
        StreamMessage rsaSealed = StreamMessageCrypto.encrypt(rsa, alice.publicKey());
        assertEquals(512, rsaSealed.data().length());
        assertEquals(rsa, StreamMessageCrypto.decrypt(StreamMessage.decode(rsaSealed.encode()), alice).message());
        assertThrows(IllegalArgumentException.class,
                () -> StreamMessageCrypto.encrypt(rsa.toBuilder().data(Bytes.of(new byte[471])).build(), alice.publicKey()),
                "legacy rsa holds at most 470 bytes");
    }

    @Test
    void keysMustMatchTheScheme() {
        StreamMessage spixi2 = message(1);
        StreamMessage rsa2 = spixi2.toBuilder().encryptionType(EncryptionCode.RSA2).build();
        assertThrows(IllegalArgumentException.class, () -> StreamMessageCrypto.encrypt(spixi2, alice.publicKey()));
        assertThrows(IllegalArgumentException.class, () -> StreamMessageCrypto.encrypt(rsa2, pair));
        // on receipt the scheme comes from the sender, so a mismatch is a decryption failure
        StreamMessage claimsRsa2 = StreamMessageCrypto.encrypt(spixi2, pair).toBuilder().encryptionType(EncryptionCode.RSA2).build();
        assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(claimsRsa2, pair));
        assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(spixi2, alice));
        assertThrows(DecryptionException.class, () -> StreamMessageCrypto.decrypt(claimsRsa2, alice));
    }

    @Test
    void emptyPayloadRoundTrips() throws Exception {
        StreamMessage empty = message(1).toBuilder().data(Bytes.EMPTY).build();
        StreamMessage sealed = StreamMessageCrypto.encrypt(empty, pair);
        assertEquals(1 + 64 + 1 + 32, sealed.data().length());
        assertEquals(empty, StreamMessageCrypto.decrypt(sealed, pair).message());
    }
}
