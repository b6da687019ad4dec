package io.linnet.ui.common;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import java.util.Optional;

/**
 * Reads an address the way people hand them around: the Base58 text alone, or an {@code ixian:} link
 * ({@code ixian:ADDRESS}, {@code ixian://ADDRESS}, optionally followed by {@code ?…} or {@code /…}), with
 * surrounding blanks. The checksum must be right.
 */
public final class AddressInput {
    /** What a piece of text turned out to be. */
    public sealed interface Result {
        /** A valid address. */
        record Valid(Address address) implements Result {}

        /** Not an address; {@code reason} is a UI text. */
        record Invalid(String reason) implements Result {}

        /** Nothing entered yet. */
        record Empty() implements Result {}
    }

    private AddressInput() {}

    public static Result check(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return new Result.Empty();
        }
        if (s.regionMatches(true, 0, "ixian:", 0, 6)) {
            s = s.substring(6);
            while (s.startsWith("/")) {
                s = s.substring(1);
            }
            int end = s.length();
            for (char c : new char[] {'?', '/', '#', '&'}) {
                int i = s.indexOf(c);
                if (i >= 0) {
                    end = Math.min(end, i);
                }
            }
            s = s.substring(0, end).strip();
        }
        if (!s.chars().allMatch(c -> "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".indexOf(c) >= 0)) {
            return new Result.Invalid(I18n.t("address.invalid.characters"));
        }
        try {
            return new Result.Valid(Address.parse(s));
        } catch (ProtocolException e) {
            return new Result.Invalid(I18n.t(e.getMessage().contains("checksum") ? "address.invalid.checksum" : "address.invalid.length"));
        }
    }

    /** The address in {@code text}, if it holds a valid one. */
    public static Optional<Address> parse(String text) {
        return check(text) instanceof Result.Valid v ? Optional.of(v.address()) : Optional.empty();
    }
}
