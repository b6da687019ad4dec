package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.Objects;

/**
 * Who we are on this device. The wallet file itself (with the RSA key) stays a file; the database only
 * remembers where it is.
 *
 * @param address our primary Ixian address
 * @param nickname the nickname we announce, {@code ""} if none
 * @param avatar our avatar image, {@link Bytes#EMPTY} if none
 * @param deviceId a random id for this installation
 * @param walletFile where the wallet file lives
 */
public record Identity(Address address, String nickname, Bytes avatar, Bytes deviceId, String walletFile) {

    public Identity {
        Objects.requireNonNull(address, "address");
        nickname = nickname == null ? "" : nickname;
        avatar = avatar == null ? Bytes.EMPTY : avatar;
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(walletFile, "walletFile");
    }

    public Identity withNickname(String newNickname) {
        return new Identity(address, newNickname, avatar, deviceId, walletFile);
    }

    public Identity withAvatar(Bytes newAvatar) {
        return new Identity(address, nickname, newAvatar, deviceId, walletFile);
    }
}
