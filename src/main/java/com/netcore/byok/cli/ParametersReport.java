package com.netcore.byok.cli;

import com.netcore.byok.core.Durations;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Prints what a set of import parameters says, the same way for {@code inspect} and {@code wrap}. */
final class ParametersReport {
    private ParametersReport() {
    }

    static void printKey(PrintWriter out, WrappingPublicKey key) {
        out.println("Wrapping public key: RSA " + key.bits() + " bits (" + key.keySpec() + ")");
        out.println("  SHA-256 fingerprint: " + key.fingerprintGrouped());
        out.println("  Compare it with the fingerprint the operator gave you by a second channel (phone, video call).");
    }

    static void printReadme(PrintWriter out, ImportReadme readme, Optional<WrappingAlgorithm> algorithm, Clock clock) {
        out.println("README: " + readme.file() + (readme.ownFormat() ? " (written by BYOK Wizard)" : " (free text)"));
        out.println("  Wrapping algorithm: " + algorithm.map(a -> a.name() + " (" + a.describe() + ")")
                .orElse("not named; give --algorithm"));
        out.println("  Key ARN: " + readme.keyArn().orElse("not given"));
        readme.validTo().ifPresentOrElse(
                t -> out.println("  Valid to: " + t + (readme.validToZoneAssumed() ? " (no time zone given; read as UTC)" : "")
                        + " " + timeLeft(t, clock)),
                () -> out.println("  Valid to: not found in the README. Parameters are valid 24 hours after download."));
    }

    static void print(PrintWriter out, ImportParameters parameters, Clock clock) {
        printKey(out, parameters.publicKey());
        parameters.readme().ifPresentOrElse(
                readme -> printReadme(out, readme, Optional.of(parameters.algorithm()), clock),
                () -> out.println("Wrapping algorithm: " + parameters.algorithm().name() + " ("
                        + parameters.algorithm().describe() + "), as requested; no README given"));
    }

    private static String timeLeft(Instant validTo, Clock clock) {
        Duration left = Duration.between(clock.instant(), validTo);
        if (left.isNegative() || left.isZero()) {
            return "(EXPIRED " + Durations.describe(left) + " ago)";
        }
        String warning = left.compareTo(ImportParameters.SHORT_TIME_LEFT) < 0 ? "; wrap and return the file soon" : "";
        return "(" + Durations.describe(left) + " left" + warning + ")";
    }
}
