package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LazySubcommandsTest {
    private final StringWriter out = new StringWriter();

    private CommandLine run(String... args) {
        CommandLine cli = ByokCli.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        cli.execute(args);
        return cli;
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        assertThat(run("wrap", "--help").getSubcommands()).containsOnlyKeys("wrap");
        CommandLine kms = run("kms", "status", "--help").getSubcommands().get("kms");
        assertThat(kms.getSubcommands()).containsOnlyKeys("status");
        assertThat(out.toString()).contains("--key-id=ID");
    }

    @Test
    void helpAndUnknownNamesStillSeeEveryCommand() {
        assertThat(run("--help").getSubcommands()).containsOnlyKeys("inspect", "wrap", "verify", "shares", "kms", "help");
        assertThat(out.toString()).contains("kms", "shares", "verify");
        assertThat(run("help", "kms").getSubcommands().get("kms").getSubcommands()).hasSize(10);
        assertThat(run("kms", "statsu").getSubcommands().get("kms").getSubcommands()).hasSize(10);
    }

    @Test
    void theExitCodesFooterIsAddedOnceToTheCommandThatRuns() {
        run("kms", "rotate", "--help");
        assertThat(out.toString().split("Exit codes:", -1)).hasSize(2);
    }
}
