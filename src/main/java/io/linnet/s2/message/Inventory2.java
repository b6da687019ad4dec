package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.wire.MessageCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code inventory2} (59): announcements of things the sender has. Layout: {@code vu n ‖ n × bytes
 * item}, each item at most {@value InventoryItem#MAX_BYTES} bytes. A messenger cares only for the
 * KeepAlive items; it answers those it wants with {@link GetKeepAlives}.
 */
public record Inventory2(List<InventoryItem> items) implements S2Message {
    public Inventory2 {
        items = List.copyOf(items);
    }

    /** The (wallet, device) pairs of all KeepAlive items of either type. */
    public List<KeepAliveRef> keepAliveRefs() {
        List<KeepAliveRef> out = new ArrayList<>();
        for (InventoryItem i : items) {
            if (i instanceof InventoryItem.KeepAliveItem k) {
                out.add(k.ref());
            } else if (i instanceof InventoryItem.KeepAlive2Item k) {
                out.add(k.ref());
            }
        }
        return out;
    }

    @Override
    public MessageCode code() {
        return MessageCode.INVENTORY2;
    }

    @Override
    public byte[] encode() {
        IxiWriter w = new IxiWriter(8 + items.size() * 100).varUInt(items.size());
        for (InventoryItem i : items) {
            byte[] b = i.encode();
            if (b.length > InventoryItem.MAX_BYTES) {
                throw new IllegalStateException("inventory item of " + b.length + " bytes exceeds " + InventoryItem.MAX_BYTES);
            }
            w.ixiBytes(b);
        }
        return w.toByteArray();
    }

    public static Inventory2 decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        int n = r.varUIntAtMost(r.remaining(), "inventory item count");
        List<InventoryItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = r.position();
            byte[] item = r.ixiBytes(InventoryItem.MAX_BYTES, "inventory item");
            if (item == null) {
                throw new ProtocolException("empty inventory item", at);
            }
            try {
                items.add(InventoryItem.decode(item));
            } catch (ProtocolException e) {
                throw new ProtocolException("inventory item " + i + ": " + e.getMessage(), at, e);
            }
        }
        r.expectEnd("inventory2");
        return new Inventory2(items);
    }
}
