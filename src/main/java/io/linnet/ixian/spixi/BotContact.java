package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * One member of a group or bot, as Ixian stores it and bots send it (botAction {@code user}).
 *
 * <p>Wire: the nick, in one of two forms the reader must be told about (see {@link Nick}); int32 LE length
 * then the member's key; then — optional on read, always written — the role list as a .NET string,
 * {@code hasAvatar} and {@code sendNotification} bools and the int16 LE {@link BotContactStatus}. The four
 * trailing fields come all together or not at all; without them the defaults are an empty role list,
 * false, false and {@link BotContactStatus#NORMAL}.
 *
 * @param nick the member's display name
 * @param key who the member is: an Ixian RSA public key, or (for members of peer-to-peer groups known only
 *     by address) a 45-byte address; Ixian derives the member's address from either. May be empty.
 * @param roles role indices as Ixian writes them ({@code "1;4;"}), empty for none
 * @param hasAvatar whether the member has an avatar to fetch
 * @param sendNotification whether the member wants push notifications
 * @param status the member's standing
 */
public record BotContact(
        Nick nick,
        Bytes key,
        String roles,
        boolean hasAvatar,
        boolean sendNotification,
        BotContactStatus status) {

    /** How the nick is written. Peer-to-peer groups use {@link Text}; bots use {@link SignedMessage}. */
    public sealed interface Nick permits Text, SignedMessage {}

    /** The nick as a .NET string. */
    public record Text(String nick) implements Nick {
        public Text {
            WireFields.checkUtf8(nick, SpixiLimits.MAX_NICK_BYTES, "nick");
        }
    }

    /**
     * The nick as int32 LE length then a whole signed StreamMessage carrying the member's own {@code nick}
     * SpixiMessage, so that others can check the name really came from the member. Empty if unknown.
     */
    public record SignedMessage(Bytes streamMessage) implements Nick {
        public SignedMessage {
            WireFields.checkBytes(streamMessage, SpixiLimits.MAX_NICK_DATA_BYTES, "nick message");
        }
    }

    /** The two nick forms, which the bytes alone cannot tell apart. */
    public enum NickForm {
        TEXT,
        SIGNED_MESSAGE
    }

    public BotContact {
        Objects.requireNonNull(nick, "nick");
        WireFields.checkBytes(key, SpixiLimits.MAX_RSA_PUBLIC_KEY_BYTES, "key");
        WireFields.checkUtf8(roles, SpixiLimits.MAX_ROLE_BYTES, "roles");
        Objects.requireNonNull(status, "status");
    }

    /** A member with a plain-text nick, no roles, normal status. */
    public static BotContact of(String nick, Bytes key) {
        return new BotContact(new Text(nick), key, "", false, false, BotContactStatus.NORMAL);
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(64 + key.length());
        switch (nick) {
            case Text t -> w.dotNetString(t.nick());
            case SignedMessage s -> s.streamMessage().writeInt32Bytes(w);
        }
        key.writeInt32Bytes(w);
        w.dotNetString(roles).bool(hasAvatar).bool(sendNotification).int16(status.number());
        return w.toByteArray();
    }

    /** Decodes a member whose nick is in {@code form}. */
    public static BotContact decode(byte[] bytes, NickForm form) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(form, "form");
        IxiReader r = new IxiReader(bytes);
        Nick nick = switch (form) {
            case TEXT -> {
                String text = r.dotNetString(SpixiLimits.MAX_NICK_BYTES, "nick");
                yield build("BotContact", () -> new Text(text));
            }
            case SIGNED_MESSAGE -> new SignedMessage(Bytes.readInt32Bytes(r, SpixiLimits.MAX_NICK_DATA_BYTES, "nick"));
        };
        Bytes key = Bytes.readInt32Bytes(r, SpixiLimits.MAX_RSA_PUBLIC_KEY_BYTES, "key");
        if (!r.hasRemaining()) {
            return new BotContact(nick, key, "", false, false, BotContactStatus.NORMAL);
        }
        String roles = r.dotNetString(SpixiLimits.MAX_ROLE_BYTES, "roles");
        boolean hasAvatar = r.bool("hasAvatar");
        boolean notify = r.bool("sendNotification");
        int at = r.position();
        BotContactStatus status = BotContactStatus.fromNumber(r.int16("status"), at);
        r.expectEnd("BotContact");
        return build("BotContact", () -> new BotContact(nick, key, roles, hasAvatar, notify, status));
    }
}
