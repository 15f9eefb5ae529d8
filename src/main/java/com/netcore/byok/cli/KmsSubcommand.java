package com.netcore.byok.cli;

import com.netcore.byok.kms.Kms;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A {@code kms ...} command: the connection options, one connection for the run, the output flushed at the end,
 * exit code 0 (failures are exceptions, which {@link ByokCli} turns into one line and exit code 1).
 */
abstract class KmsSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    KmsCommand parent;

    @Mixin
    ConnectionOptions connection;

    /** Checks that need no connection; runs before connecting. */
    void checkOptions() {
    }

    /** The command's work on an open connection, printing to {@code out}. */
    abstract void run(Kms kms, PrintWriter out);

    @Override
    public final Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        try (Kms kms = connection.connect()) {
            run(kms, out);
        } finally {
            out.flush();
        }
        return exitCode();
    }

    /** The exit code after {@link #run} returned; 0 unless the command reports its own failure. */
    int exitCode() {
        return 0;
    }

    /** Asks on the terminal (or takes --yes) before a destructive action; throws when not confirmed. */
    void confirm(boolean yes, String action, String consequence) {
        Confirmation.require(parent.terminal(), yes, action, consequence);
    }
}
