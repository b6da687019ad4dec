package io.linnet.ixian.spixi;

import java.util.Objects;

/**
 * One channel entry of a {@link CreateGroupMessage}: the channel's name and its {@link BotChannel}.
 *
 * @param name the name the channel is listed under, non-empty
 * @param channel the channel itself
 */
public record GroupChannel(String name, BotChannel channel) {

    public GroupChannel {
        WireFields.checkUtf8(name, SpixiLimits.MAX_CHANNEL_NAME_BYTES, "channel name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("channel name must not be empty");
        }
        Objects.requireNonNull(channel, "channel");
    }
}
