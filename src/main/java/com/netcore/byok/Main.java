package com.netcore.byok;

import com.netcore.byok.cli.ByokCli;

/** Entry point: no arguments opens the window, arguments run the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ByokCli.run(args));
    }
}
