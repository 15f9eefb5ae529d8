package com.netcore.byok.cli;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.kms.DownloadedParameters;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.ParameterSigner;
import com.netcore.byok.kms.Reports;
import com.netcore.byok.kms.SymmetricImportAlgorithms;
import com.netcore.byok.kms.WrappingKeySpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kms get-parameters}: downloads the import parameters into a folder for the customer. */
@Command(name = "get-parameters", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Download import parameters (GetParametersForImport) into a folder: WrappingPublicKey.bin "
                + "(raw DER) and README.txt go to the customer; ImportToken.bin stays here for 'kms import'. They are "
                + "valid for 24 hours. Also prints the public key's SHA-256 to read to the customer."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms get-parameters --key-id alias/customer-bank-a --out params",
                "  byok-wizard kms get-parameters --key-id 1234abcd-12ab-34cd-56ef-1234567890ab "
                        + "--algorithm RSAES_OAEP_SHA_1 --wrapping-key-spec RSA_3072 --out params --force"})
final class GetParametersCommand extends KeyCommand {
    @Option(names = "--algorithm", paramLabel = "ALG", converter = AlgorithmConverter.class,
            completionCandidates = SymmetricAlgorithmNames.class,
            description = "Wrapping algorithm: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    WrappingAlgorithm algorithm = SymmetricImportAlgorithms.recommended();

    @Option(names = "--wrapping-key-spec", paramLabel = "SPEC", converter = KeySpecConverter.class,
            description = "RSA_4096 (default), RSA_3072 or RSA_2048.")
    WrappingKeySpec keySpec = WrappingKeySpec.RECOMMENDED;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the three files "
            + "(made if missing).")
    Path out;

    @Option(names = "--force", description = "Replace files that already exist in the folder.")
    boolean force;

    @Mixin
    ParameterSigningOptions signing = new ParameterSigningOptions();

    @Override
    void checkOptions() {
        signing.check();
    }

    @Override
    void run(Kms kms, PrintWriter stdout) {
        Optional<ParameterSigner> signer = signing.prepare(kms);
        DownloadedParameters parameters = kms.getParameters(keyId(), algorithm, keySpec);
        DownloadedParameters.Written written = parameters.writeTo(out, force,
                signer.map(s -> s.sign(parameters)).orElse(Map.of()));
        stdout.print(Reports.parameters(parameters, out, kms.clock()));
        signer.ifPresent(s -> stdout.print(s.report()));
        written.removedSignature().ifPresent(old -> stdout.println("Removed " + old + ": it signed the replaced "
                + "README.txt. These parameters are not signed; add --sign-with and --certificate to sign them."));
    }

    /** The algorithms KMS offers for a symmetric key, for the option's help. */
    static final class SymmetricAlgorithmNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SymmetricImportAlgorithms.OFFERED.stream().map(Enum::name).iterator();
        }
    }
}
