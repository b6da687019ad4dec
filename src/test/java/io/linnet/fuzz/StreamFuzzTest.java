package io.linnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.IxianVectors;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageCrypto;
import io.linnet.ixian.stream.StreamMessageForm;
import io.linnet.testutil.Hex;
import io.linnet.testutil.TestAddresses;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * StreamMessage in both layouts, network and storage forms (accepted input must re-encode stably), and
 * decoding followed by decryption, where the only acceptable failures are ProtocolException and
 * DecryptionException.
 */
class StreamFuzzTest {
    static final Decoders.Decoder NETWORK = SpixiFuzzTest.<StreamMessage>stable(StreamMessage::decode, m -> m.encode());
    static final Decoders.Decoder STORAGE = SpixiFuzzTest.<StreamMessage>stable(
            b -> StreamMessage.decode(b, StreamMessageForm.STORAGE), m -> m.encode(StreamMessageForm.STORAGE));

    static final PairKeys PAIR = new PairKeys(Hex.seq(0, 32), Hex.seq(0x20, 32));
    static final RsaPrivateKey RSA2048 = rsa2048();

    private static RsaPrivateKey rsa2048() {
        try {
            return RsaPrivateKey.fromIxianBytes(IxianVectors.RSA2048_PRIVATE);
        } catch (ProtocolException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes, then decrypts with the key the message's scheme needs; a decryption failure counts as rejected. */
    static Object decodeAndDecrypt(byte[] input) throws ProtocolException {
        StreamMessage m = StreamMessage.decode(input);
        try {
            return switch (m.encryptionType()) {
                case RSA, RSA2 -> StreamMessageCrypto.decrypt(m, RSA2048);
                default -> StreamMessageCrypto.decrypt(m, PAIR);
            };
        } catch (DecryptionException e) {
            throw new ProtocolException("decryption failed: " + e.getMessage(), e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void decrypt(byte[] input) {
        Decoders.check(StreamFuzzTest::decodeAndDecrypt, input);
    }

    @FuzzTest(maxDuration = "10s")
    void streamMessage(byte[] input) {
        Decoders.check(NETWORK, input);
        Decoders.check(STORAGE, input);
    }

    @Test
    void mutatedStreamMessages() {
        InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L));
        StreamMessage v1 = StreamMessage.builder(1, clock).type(StreamMessageCode.DATA)
                .sender(TestAddresses.address(TestAddresses.A1)).recipient(TestAddresses.address(TestAddresses.A2))
                .data(Bytes.of(Hex.seq(0, 300))).signature(Bytes.of(Hex.seq(9, 512))).build();
        StreamMessage v0 = StreamMessage.builder(0, clock).encryptionType(EncryptionCode.RSA)
                .sender(TestAddresses.address(TestAddresses.A0)).recipient(TestAddresses.address(TestAddresses.A1))
                .data(Bytes.of(Hex.seq(0, 40))).encrypted(true).build();
        List<byte[]> seeds = List.of(v1.encode(), v0.encode(), v1.toBuilder().sender(null).data(null).build().encode());
        assertTrue(Decoders.checkMutants(NETWORK, seeds, 6000, 41) > 0);
        List<byte[]> storage = List.of(v1.encode(StreamMessageForm.STORAGE), v0.encode(StreamMessageForm.STORAGE));
        assertTrue(Decoders.checkMutants(STORAGE, storage, 4000, 42) > 0);
    }

    @Test
    void mutatedCiphertexts() {
        InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L));
        StreamMessage plain = StreamMessage.builder(1, clock).data(Bytes.of(Hex.seq(0, 100))).build();
        List<byte[]> seeds = List.of(
                StreamMessageCrypto.encrypt(plain, PAIR).encode(),
                StreamMessageCrypto.encrypt(plain.toBuilder().encryptionType(EncryptionCode.RSA2).build(), RSA2048.publicKey()).encode(),
                StreamMessageCrypto.encrypt(plain.toBuilder().version(0).encryptionType(EncryptionCode.SPIXI1).build(), PAIR).encode(),
                StreamMessageCrypto.encrypt(plain.toBuilder().encryptionType(EncryptionCode.RSA).build(), RSA2048.publicKey()).encode());
        assertTrue(Decoders.checkMutants(StreamFuzzTest::decodeAndDecrypt, seeds, 1500, 43) > 0);
    }
}
