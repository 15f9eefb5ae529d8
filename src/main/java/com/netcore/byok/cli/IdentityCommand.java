package com.netcore.byok.cli;

import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.core.KeyMaker;
import com.netcore.byok.core.Passwords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "identity", mixinStandardHelpOptions = true,
        description = {"The officer's signing identity, which signs the receipt of each wrap (wrap --sign-receipt)."},
        subcommands = {IdentityCommand.Create.class})
final class IdentityCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Make a P-384 key pair with a self-signed certificate (5 years, digital signature) and "
                    + "save both in a password-protected PKCS#12 file (AES-256-CBC, PBKDF2 with HMAC-SHA256), which "
                    + "openssl pkcs12 reads. Give the certificate (--certificate-out) to the vendor once, and compare "
                    + "its SHA-256 fingerprint with them by a second channel.",
                    "The password is typed twice on the terminal, or read from --password-file; never given on the "
                            + "command line."},
            footerHeading = "%nExample:%n",
            footer = {"  byok-wizard identity create --name \"Jane Doe, Bank A key ceremony\" --out officer.p12 \\",
                    "      --certificate-out officer.pem"})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", paramLabel = "TEXT", required = true,
                description = "Who signs: becomes the certificate's CN, e.g. \"Jane Doe, Bank A key ceremony\".")
        String name;

        @Option(names = "--out", paramLabel = "P12", required = true,
                description = "The PKCS#12 file to write (never over an existing file).")
        Path out;

        @Option(names = "--certificate-out", paramLabel = "PEM",
                description = "Also write the certificate alone, in PEM form, for the vendor.")
        Path certificateOut;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "Read the new password from the first line of FILE instead of the terminal.")
        Path passwordFile;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            com.netcore.byok.core.SigningIdentity.checkName(name);
            char[] password = PasswordInput.fresh(passwordFile);
            SignedHandOff.CreatedIdentity created;
            try {
                created = SignedHandOff.createIdentity(name, out, Optional.ofNullable(certificateOut), password,
                        KeyMaker.strongRandom(), Clock.systemUTC());
            } finally {
                Passwords.wipe(password);
            }
            stdout.println("Identity: " + created.certificate().subject());
            stdout.println("Certificate SHA-256 fingerprint: " + created.certificate().fingerprintGrouped());
            stdout.println("Wrote:");
            created.files().forEach(file -> stdout.println("  " + file));
            stdout.println("Give the certificate to the vendor once, and read the fingerprint above to them by a "
                    + "second channel (phone, video call). Keep the .p12 file and its password apart.");
            stdout.flush();
            return 0;
        }
    }
}
