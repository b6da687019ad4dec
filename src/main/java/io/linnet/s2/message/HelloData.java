package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.wire.MessageCode;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code helloData} (1), the acceptor's answer: {@link HelloFields} signed over the connector's
 * challenge, then {@code vu lastBlockNum ‖ bytes lastBlockChecksum ‖ vu lastBlockVersion ‖ str
 * peerAddress} ("ip:port" of the connector as the acceptor sees it). A relay without a chain fills the
 * block fields with stand-in values.
 */
public record HelloData(HelloFields fields, long lastBlockNum, byte[] lastBlockChecksum, long lastBlockVersion,
        String peerAddress) implements S2Message {
    static final int MAX_BLOCK_CHECKSUM = 128;
    static final int MAX_PEER_ADDRESS = 256;

    public HelloData {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(peerAddress, "peerAddress");
        if (lastBlockNum < 0 || lastBlockVersion < 0) {
            throw new IllegalArgumentException("negative block number or version");
        }
        lastBlockChecksum = lastBlockChecksum == null ? new byte[0] : lastBlockChecksum.clone();
    }

    @Override
    public byte[] lastBlockChecksum() {
        return lastBlockChecksum.clone();
    }

    @Override
    public MessageCode code() {
        return MessageCode.HELLO_DATA;
    }

    @Override
    public byte[] encode() {
        IxiWriter w = new IxiWriter(1300);
        fields.writeTo(w);
        return w.varUInt(lastBlockNum).ixiBytes(lastBlockChecksum).varUInt(lastBlockVersion).dotNetString(peerAddress)
                .toByteArray();
    }

    public static HelloData decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        HelloFields f = HelloFields.read(r);
        int at = r.position();
        long block = r.varUInt("last block number");
        if (block < 0) {
            throw new ProtocolException("last block number out of range", at);
        }
        byte[] checksum = r.ixiBytes(MAX_BLOCK_CHECKSUM, "last block checksum");
        long version = r.varUIntAtMost(Integer.MAX_VALUE, "last block version");
        String peer = r.dotNetString(MAX_PEER_ADDRESS, "peer address");
        r.expectEnd("helloData");
        return new HelloData(f, block, checksum, version, peer);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HelloData h && fields.equals(h.fields) && lastBlockNum == h.lastBlockNum
                && Arrays.equals(lastBlockChecksum, h.lastBlockChecksum) && lastBlockVersion == h.lastBlockVersion
                && peerAddress.equals(h.peerAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields, lastBlockNum, lastBlockVersion, peerAddress);
    }
}
