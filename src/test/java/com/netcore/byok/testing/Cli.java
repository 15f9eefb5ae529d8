package com.netcore.byok.testing;

import com.netcore.byok.cli.ByokCli;
import com.netcore.byok.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
public final class Cli {
    private Cli() {
    }

    public record Result(int exitCode, String out, String err) {
    }

    public static Result run(String... args) {
        return run(Terminal.system(), args);
    }

    /** With confirmations answered by {@code terminal}. */
    public static Result run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ByokCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), terminal).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
