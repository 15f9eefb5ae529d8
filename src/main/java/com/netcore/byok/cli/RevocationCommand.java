package com.netcore.byok.cli;

import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Revocation;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** A {@link com.netcore.byok.kms.Revocation} command: looks the key up, says what stops working, confirms, acts, reports. */
abstract class RevocationCommand extends KeyCommand {
    @Option(names = "--yes", description = "Confirm without asking (needed without a terminal).")
    boolean yes;

    abstract Revocation revocation();

    @Override
    void checkOptions() {
        revocation();
    }

    @Override
    void run(Kms kms, PrintWriter out) {
        Revocation revocation = revocation();
        KeyInfo key = kms.describe(keyId());
        confirm(yes, revocation.confirmAction(), revocation.consequences(key, kms.clock()));
        out.print(revocation.report(revocation.apply(kms, key.arn())));
    }
}
