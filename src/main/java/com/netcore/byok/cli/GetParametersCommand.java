package com.netcore.byok.cli;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import com.netcore.byok.kms.DownloadedParameters;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Reports;
import com.netcore.byok.kms.WrappingKeySpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "get-parameters", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Download import parameters (GetParametersForImport) into a folder: WrappingPublicKey.bin "
                + "(raw DER) and README.txt go to the customer; ImportToken.bin stays here for 'kms import'. They are "
                + "valid for 24 hours. Also prints the public key's SHA-256 to read to the customer."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms get-parameters --key-id alias/customer-bank-a --out params",
                "  byok-wizard kms get-parameters --key-id 1234abcd-12ab-34cd-56ef-1234567890ab "
                        + "--algorithm RSAES_OAEP_SHA_1 --wrapping-key-spec RSA_3072 --out params --force"})
final class GetParametersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--key-id", paramLabel = "ID", required = true, description = "Key id, key ARN or alias.")
    String keyId;

    @Option(names = "--algorithm", paramLabel = "ALG", converter = AlgorithmConverter.class,
            description = "Wrapping algorithm: RSAES_OAEP_SHA_256 (default) or RSAES_OAEP_SHA_1.")
    WrappingAlgorithm algorithm = WrappingAlgorithm.RECOMMENDED;

    @Option(names = "--wrapping-key-spec", paramLabel = "SPEC", converter = KeySpecConverter.class,
            description = "RSA_4096 (default), RSA_3072 or RSA_2048.")
    WrappingKeySpec keySpec = WrappingKeySpec.RECOMMENDED;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the three files "
            + "(made if missing).")
    Path out;

    @Option(names = "--force", description = "Replace files that already exist in the folder.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try (Kms kms = connection.connect()) {
            DownloadedParameters parameters = kms.getParameters(keyId, algorithm, keySpec);
            parameters.writeTo(out, force);
            stdout.print(Reports.parameters(parameters, out, kms.clock()));
        }
        stdout.flush();
        return 0;
    }
}
