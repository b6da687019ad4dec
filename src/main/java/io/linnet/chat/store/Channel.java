package io.linnet.chat.store;

import java.util.Objects;

/**
 * A channel of a group. Index 0 always exists implicitly; Ixian's peer-to-peer groups use no other yet.
 *
 * @param index the channel number carried by SpixiMessage
 * @param name the channel name
 */
public record Channel(int index, String name) {

    public Channel {
        if (index < 0) {
            throw new IllegalArgumentException("channel index " + index);
        }
        Objects.requireNonNull(name, "name");
    }
}
