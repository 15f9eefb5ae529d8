package com.netcore.byok.cli;

import java.io.Console;
import java.util.Optional;

/** Where destructive commands ask for confirmation: the console, when there is one. */
public interface Terminal {
    /** Shows {@code question} and returns the line typed; empty when there is no terminal to ask on. */
    Optional<String> ask(String question);

    static Terminal system() {
        return question -> {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            String line = console.readLine("%s", question);
            return Optional.of(line == null ? "" : line);
        };
    }
}
