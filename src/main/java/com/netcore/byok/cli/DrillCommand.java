package com.netcore.byok.cli;

import com.netcore.byok.kms.Drill;
import com.netcore.byok.kms.DrillReport;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.WrappingKeySpec;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms drill}: the whole ceremony on a throw-away key, naming any permission that is missing. */
@Command(name = "drill", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rehearse the ceremony before the real 24-hour window, in this account and Region: create an "
                + "EXTERNAL key described and tagged as a drill (byok-wizard=drill), get import parameters, wrap a "
                + "random key on this computer as the customer would, import it (expiring in 1 day), verify with "
                + "Encrypt/Decrypt, show its status, delete the key material, re-import it, import new key material, "
                + "rotate on demand, and schedule the key's deletion in 7 days (unless --keep).",
                "One line per step, with the permissions it used; on a refusal the line names the missing permission, "
                        + "and the drill key is still scheduled for deletion. Exit 0 only when every step worked.",
                "Cost: one KMS key for the 7 days until it is deleted (prorated), plus a few dozen requests; see AWS "
                        + "KMS pricing."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms drill --region eu-west-1 --profile ops",
                "  byok-wizard kms drill --keep --wrapping-key-spec RSA_3072"})
final class DrillCommand extends KmsSubcommand {
    @Option(names = "--keep", description = "Keep the drill key instead of scheduling its deletion.")
    boolean keep;

    @Option(names = "--wrapping-key-spec", paramLabel = "SPEC", converter = KeySpecConverter.class,
            description = "Wrapping key to rehearse with: RSA_4096 (default), RSA_3072 or RSA_2048.")
    WrappingKeySpec spec = WrappingKeySpec.RECOMMENDED;

    private boolean passed;

    @Override
    void run(Kms kms, PrintWriter out) {
        DrillReport report = Drill.run(kms, spec, keep, step -> {
            out.println(step.line());
            out.flush();
        });
        out.print(report.summary());
        passed = report.allWorked();
    }

    @Override
    int exitCode() {
        return passed ? 0 : 1;
    }
}
