package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;

/** Asks before a destructive action: on the terminal, or through --yes when there is none. */
final class Confirmation {
    private Confirmation() {
    }

    static void require(Terminal terminal, boolean yes, String action, String consequence) {
        if (yes) {
            return;
        }
        String answer = terminal.ask(consequence + System.lineSeparator() + "Type yes to " + action + ": ")
                .orElseThrow(() -> new ByokException("There is no terminal to confirm on, so nothing was changed. "
                        + consequence + " If that is intended, run the command again with --yes."));
        if (!answer.strip().equalsIgnoreCase("yes")) {
            throw new ByokException("Not confirmed, so nothing was changed.");
        }
    }
}
