package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.NetworkProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * The handshake checks both ends make, each answering with the {@link Bye} to send before closing, or
 * nothing when the peer is accepted. A hello that does not even parse is answered with bye 501
 * ({@link #unparsable()}).
 *
 * <p>Checks in order: protocol version at least 6 (501); product version at most 20 characters and
 * device id at most 32 bytes (605); testnet flag equal to the profile's (502); address equal to the
 * address of the carried key (603); for every node type except 'C', the signature over "ip:port" of the
 * peer as dialled or seen, with the port the peer announced, and the connector's challenge (600, data =
 * the IP). The connector finally compares the acceptor's address with the one it expected (604).
 * Blacklists, capacity and connect-back tests belong to the node, not here.
 */
public final class HelloValidator {
    public static final int MAX_PRODUCT_VERSION_CHARS = 20;
    public static final int MAX_DEVICE_ID = 32;

    private final NetworkProfile profile;
    private final SignatureVerifier verifier;

    public HelloValidator(NetworkProfile profile, SignatureVerifier verifier) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** The acceptor's check of a {@link Hello} that arrived from {@code remoteIp}. */
    public Optional<Bye> checkHello(Hello hello, String remoteIp) {
        return check(hello.fields(), remoteIp, hello.challenge());
    }

    /**
     * The connector's check of the {@link HelloData} answer from the node it dialled at {@code dialledIp},
     * given the challenge it sent and, for seeds and sector relays, the address it expects.
     */
    public Optional<Bye> checkHelloData(HelloData data, String dialledIp, int sentChallenge, Optional<Address> expected) {
        Optional<Bye> bye = check(data.fields(), dialledIp, sentChallenge);
        if (bye.isEmpty() && expected.isPresent() && !expected.get().equals(data.fields().address())) {
            return Optional.of(new Bye(ByeReason.ADDRESS_MISMATCH, "Local address mismatch.", ""));
        }
        return bye;
    }

    /** The answer to a hello that could not be parsed. */
    public static Bye unparsable() {
        return new Bye(ByeReason.DEPRECATED, "Could not read your hello; make sure your node is up to date.", "");
    }

    private Optional<Bye> check(HelloFields f, String peerIp, int challenge) {
        if (f.protocolVersion() < HelloFields.PROTOCOL_VERSION) {
            return bye(ByeReason.DEPRECATED, "Protocol version " + f.protocolVersion() + " is too old.",
                    Integer.toString(HelloFields.PROTOCOL_VERSION));
        }
        if (f.productVersion().length() > MAX_PRODUCT_VERSION_CHARS) {
            return bye(ByeReason.REJECTED, "Invalid Node Version", "");
        }
        if (f.deviceId().length > MAX_DEVICE_ID) {
            return bye(ByeReason.REJECTED, "Invalid Device ID", "");
        }
        if (f.testnet() != profile.testnet()) {
            return bye(ByeReason.INCORRECT_NETWORK_TYPE, "Incorrect testnet designator.", f.testnet() ? "True" : "False");
        }
        if (!addressMatchesKey(f)) {
            return bye(ByeReason.AUTH_FAILED, "Pubkey and address do not match.", "");
        }
        if (f.nodeType() != NodeType.CLIENT) {
            byte[] signed = f.signedBytes(profile, peerIp + ":" + f.port(), challenge);
            if (!verifier.verify(f.publicKey(), signed, f.signature())) {
                return bye(ByeReason.INCORRECT_IP, "Verify signature failed in hello message, likely an incorrect IP "
                        + "was specified. Detected IP:", peerIp);
            }
        }
        return Optional.empty();
    }

    private static boolean addressMatchesKey(HelloFields f) {
        try {
            return Address.fromPublicKey(f.publicKey()).equals(f.address());
        } catch (ProtocolException e) {
            return false;
        }
    }

    private static Optional<Bye> bye(ByeReason reason, String message, String data) {
        return Optional.of(new Bye(reason, message, data));
    }
}
