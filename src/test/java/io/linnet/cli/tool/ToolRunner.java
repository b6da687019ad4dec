package io.linnet.cli.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linnet.cli.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code linnet ...} in-process and captures exit code, stdout and stderr. */
record ToolRunner(int exitCode, String out, String err) {
    static ToolRunner run(String... args) {
        CommandLine cl = CommandLines.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new ToolRunner(code, out.toString(), err.toString());
    }

    static ToolRunner tool(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "tool";
        System.arraycopy(args, 0, all, 1, args.length);
        return run(all);
    }

    JsonNode json() {
        if (exitCode != 0) {
            throw new AssertionError("exit " + exitCode + ": " + err);
        }
        try {
            return new ObjectMapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + out, e);
        }
    }

    /** Asserts the invalid-input contract: exit 2, nothing on stdout, exactly one line on stderr. */
    void assertInvalidInput() {
        if (exitCode != 2 || !out.isEmpty() || err.strip().lines().count() != 1) {
            throw new AssertionError("expected exit 2 with one stderr line, got exit " + exitCode + " out=[" + out + "] err=[" + err + "]");
        }
    }
}
