package com.netcore.byok.cli;

import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.SigningKeySpec;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms create-signing-key}: the vendor's KMS key that signs import parameters. */
@Command(name = "create-signing-key", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create the vendor's signing key: an asymmetric KMS key with KeyUsage SIGN_VERIFY and Origin "
                + "AWS_KMS, so its private key never leaves KMS. It signs the import parameters (README.txt.p7s).",
                "Prints the new key's ARN alone on standard output; the rest goes to standard error."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms create-signing-key --alias byok-parameters-signing",
                "  byok-wizard kms create-signing-key --alias byok-signing-rsa --key-spec RSA_3072"})
final class CreateSigningKeyCommand extends KmsSubcommand {
    @Option(names = "--alias", paramLabel = "NAME", description = "Alias for the key (alias/ is added when missing).")
    String alias;

    @Option(names = "--key-spec", paramLabel = "SPEC", description = "ECC_NIST_P384 (default; ECDSA with SHA-384), "
            + "RSA_3072 or RSA_4096 (RSASSA-PSS with SHA-256).")
    SigningKeySpec keySpec = SigningKeySpec.RECOMMENDED;

    @Override
    void run(Kms kms, PrintWriter out) {
        KeyInfo key = kms.signing().createSigningKey(Optional.ofNullable(alias), keySpec);
        out.println(key.arn());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Created signing key " + key.arn() + " (" + keySpec.name() + ", SIGN_VERIFY, signs with "
                + keySpec.kmsAlgorithm() + ")" + (alias != null ? " with alias " + alias : "") + ".");
        err.println("Next: byok-wizard kms signing-certificate --key-id " + key.arn()
                + " --subject \"CN=..., O=...\" --out vendor-signing.pem");
        err.flush();
    }
}
