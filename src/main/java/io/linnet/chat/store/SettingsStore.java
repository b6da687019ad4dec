package io.linnet.chat.store;

import java.util.Optional;
import java.util.SortedMap;

/** Plain key/value settings. Values are stored as given, not encrypted; keep secrets elsewhere. */
public interface SettingsStore {

    Optional<String> get(String key);

    /** The value for {@code key}, or {@code fallback} when it is not set. */
    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** Sets or replaces a value. */
    void put(String key, String value);

    /** Removes a value; whether there was one. */
    boolean remove(String key);

    /** Every setting, by key. */
    SortedMap<String, String> all();
}
