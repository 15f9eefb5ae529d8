package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.Version;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code inspect}, {@code wrap}, {@code verify}, {@code shares} for the customer,
 * {@code kms ...} for the operator. One-line errors, documented exit codes.
 */
@Command(name = "byok-wizard",
        mixinStandardHelpOptions = true,
        versionProvider = ByokCli.VersionProvider.class,
        description = {"Bring Your Own Key into AWS KMS: wrap a 256-bit key for import, on an air-gapped machine "
                + "(inspect, wrap, verify), and import it into KMS (kms ...).",
                "Without arguments the application window opens."},
        footer = {"", ByokCli.EXIT_CODES})
public final class ByokCli implements Runnable {
    static final String EXIT_CODES = "Exit codes: 0 success; 1 failure (bad input, expired parameters, mismatch: "
            + "the message says which); 2 bad usage (unknown or missing options).";
    /** In the order usage lists them; added when a run needs them (see {@link LazySubcommands}). */
    static final List<Class<?>> SUBCOMMANDS = List.of(InspectCommand.class, WrapCommand.class, VerifyCommand.class,
            SharesCommand.class, IdentityCommand.class, KmsCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where destructive commands ask for confirmation. */
    final Terminal terminal;

    ByokCli(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String[] args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line, writing to {@code out} and {@code err} (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Terminal.system());
    }

    /**
     * As above, asking for confirmations on {@code terminal} (tests give a scripted one). The subcommands are
     * added on {@code execute}, only those the arguments need.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine cli = new LazyCommandLine(new ByokCli(terminal));
        configure(cli, out, err);
        return cli;
    }

    /** Output, error handlers and exit codes, for the command and every subcommand it has so far. */
    private static void configure(CommandLine cli, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter errors = commandLine.getErr();
            if (e instanceof ByokException) {
                errors.println("error: " + e.getMessage());
            } else {
                errors.println("error: unexpected internal failure (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "). Nothing was written. Please report this.");
            }
            errors.flush();
            return 1;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("error: " + e.getMessage().replaceFirst("^Error: ", ""));
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            failed.getErr().flush();
            return 2;
        });
        addExitCodes(cli.getSubcommands().values());
    }

    /** Adds the subcommands a run needs just before it runs, then configures them like the top command. */
    private static final class LazyCommandLine extends CommandLine {
        private boolean subcommandsAdded;

        LazyCommandLine(ByokCli root) {
            super(root);
        }

        @Override
        public int execute(String... args) {
            if (!subcommandsAdded) {
                subcommandsAdded = true;
                LazySubcommands.add(this, SUBCOMMANDS, args, 0);
                configure(this, getOut(), getErr());
            }
            return super.execute(args);
        }
    }

    private static void addExitCodes(Iterable<CommandLine> commands) {
        for (CommandLine sub : commands) {
            var usage = sub.getCommandSpec().usageMessage();
            List<String> footer = new ArrayList<>(List.of(usage.footer()));
            footer.addAll(List.of("", EXIT_CODES));
            usage.footer(footer.toArray(String[]::new));
            addExitCodes(sub.getSubcommands().values());
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.full(), "Java " + System.getProperty("java.version")};
        }
    }
}
