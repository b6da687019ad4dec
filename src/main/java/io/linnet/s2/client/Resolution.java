package io.linnet.s2.client;

import java.util.Optional;

/** Where a lookup stands: still waiting, answered with a value, or finished without one. */
record Resolution<T>(Status status, Optional<T> value) {
    enum Status { PENDING, FOUND, NONE }

    static <T> Resolution<T> pending() {
        return new Resolution<>(Status.PENDING, Optional.empty());
    }

    static <T> Resolution<T> found(T value) {
        return new Resolution<>(Status.FOUND, Optional.of(value));
    }

    static <T> Resolution<T> none() {
        return new Resolution<>(Status.NONE, Optional.empty());
    }
}
