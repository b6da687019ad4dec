package io.linnet.cli;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.DecryptionException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the configured picocli command line: bad arguments and bad input both end with exit code 2 and
 * one line on stderr ({@code linnet: error: ...}), so scripts can rely on stdout holding only results.
 */
public final class CommandLines {
    /** Exit code for invalid arguments or input. */
    public static final int INVALID_INPUT = 2;
    /** Exit code for an unexpected internal failure. */
    public static final int INTERNAL_ERROR = 1;

    private CommandLines() {}

    public static CommandLine create() {
        CommandLine cl = new CommandLine(new LinnetCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("linnet: error: " + oneLine(ex.getMessage()));
            return INVALID_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (isInvalidInput(ex)) {
                err.println("linnet: error: " + oneLine(describe(ex)));
                return INVALID_INPUT;
            }
            err.println("linnet: internal error: " + oneLine(describe(ex)));
            return INTERNAL_ERROR;
        });
        return cl;
    }

    private static boolean isInvalidInput(Throwable ex) {
        return ex instanceof ProtocolException
                || ex instanceof InvalidInputException
                || ex instanceof IllegalArgumentException
                || ex instanceof com.fasterxml.jackson.core.JacksonException
                || ex instanceof DecryptionException;
    }

    private static String describe(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
