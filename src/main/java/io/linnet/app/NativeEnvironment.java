package io.linnet.app;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * This process's C environment, which native libraries loaded later (GTK) read with {@code getenv}; Java's
 * own {@link System#getenv} is a copy taken at start-up and does not see changes. POSIX only (Linux, macOS).
 */
final class NativeEnvironment {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle SETENV = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("setenv"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle GETENV = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("getenv"),
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));

    private NativeEnvironment() {}

    /**
     * Sets {@code name} to {@code value} unless it is already set (the user's value wins). Call before any
     * other thread is started: {@code setenv} is not safe against a concurrent {@code getenv}.
     */
    static void setIfUnset(String name, String value) {
        try (Arena a = Arena.ofConfined()) {
            int rc = (int) SETENV.invokeExact(a.allocateFrom(name), a.allocateFrom(value), 0);
            if (rc != 0) {
                throw new IllegalStateException("setenv(" + name + ") failed");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The variable's current value in the C environment. */
    static Optional<String> get(String name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = (MemorySegment) GETENV.invokeExact(a.allocateFrom(name));
            return v.equals(MemorySegment.NULL) ? Optional.empty() : Optional.of(v.reinterpret(Long.MAX_VALUE).getString(0));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
