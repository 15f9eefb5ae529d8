package com.netcore.byok.cli;

import com.netcore.byok.kms.Expiry;
import com.netcore.byok.kms.ImportKind;
import com.netcore.byok.kms.ImportLog;
import com.netcore.byok.kms.ImportRequest;
import com.netcore.byok.kms.ImportResult;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Reports;
import com.netcore.byok.kms.RequestRules;
import java.util.Optional;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms import}: checks and imports the customer's wrapped key, then proves the key works. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import the customer's CustomerEncryptionKey.bin with the parameters folder's ImportToken.bin.",
                "First, without contacting AWS: the file matches its receipt (size, SHA-256); it was wrapped for this "
                        + "folder's WrappingPublicKey.bin with the algorithm the parameters were requested with; the "
                        + "parameters have not expired. Then the key must be PendingImport or Enabled with Origin "
                        + "EXTERNAL. After the import, DescribeKey and an Encrypt/Decrypt round trip prove the key "
                        + "works (waiting up to --wait-seconds for KMS to show the import), and one line is appended to the import log. "
                        + "If the check is refused (e.g. no kms:Encrypt for a key administrator), the import still "
                        + "counts: it is reported as imported but not verified, with exit code 0.",
                "Without --new-material this is the first import, or a re-import of the same key (after deletion "
                        + "or expiry, or to change the expiry); --new-material imports a different key for rotation "
                        + "(then run 'kms rotate')."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms import --key-id alias/customer-bank-a --params params --wrapped out "
                + "--valid-to 2027-06-30",
                "  byok-wizard kms import --key-id alias/customer-bank-a --params params --wrapped out --no-expiry",
                "  byok-wizard kms import --key-id alias/customer-bank-a --params params2 --wrapped out2 --no-expiry "
                        + "--new-material --description \"2027 key\""})
final class ImportCommand extends KmsSubcommand {
    @Option(names = "--key-id", paramLabel = "ID", required = true, description = "Key id, key ARN or alias; must be "
            + "the key the parameters belong to.")
    String keyId;

    @Option(names = "--params", paramLabel = "DIR", required = true, description = "The folder 'kms get-parameters' "
            + "wrote (WrappingPublicKey.bin, ImportToken.bin, README.txt).")
    Path params;

    @Option(names = "--wrapped", paramLabel = "DIR|RECEIPT", required = true, description = "The customer's folder "
            + "(CustomerEncryptionKey.bin and its receipt), or the receipt file.")
    Path wrapped;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "%nKey material expiry (choose one):%n")
    ExpiryChoice expiry;

    static final class ExpiryChoice {
        @Option(names = "--valid-to", paramLabel = "TIME", required = true, converter = InstantConverter.class,
                description = "Expiry, at most 365 days ahead: 2027-06-30T12:00:00Z or 2027-06-30 (midnight UTC).")
        Instant validTo;

        @Option(names = "--no-expiry", required = true, description = "The key material never expires.")
        boolean noExpiry;
    }

    @Option(names = "--new-material", description = "Different key material for on-demand rotation "
            + "(ImportType NEW_KEY_MATERIAL).")
    boolean newMaterial;

    @Option(names = "--description", paramLabel = "TEXT", description = "Key material description: at most 256 letters, digits, spaces and : / _ . - (left out when empty).")
    String description;

    @Option(names = "--log", paramLabel = "FILE", description = "Import log to append to. Default: "
            + "~/.byok-wizard/kms-imports.log")
    Path log;

    @Option(names = "--customer-certificate", paramLabel = "PEM", description = "The customer officer's certificate "
            + "(from onboarding): CustomerEncryptionKey-receipt.txt.p7s must be its valid signature, checked before "
            + "anything is sent to KMS.")
    Path customerCertificate;

    private ImportRequest request;

    @Override
    void checkOptions() {
        Expiry chosen = expiry.noExpiry ? Expiry.never() : Expiry.at(expiry.validTo);
        request = new ImportRequest(keyId, params, wrapped, chosen, newMaterial,
                RequestRules.keyMaterialDescription(description), log != null ? log : ImportLog.defaultFile())
                .withCustomerCertificate(Optional.ofNullable(customerCertificate));
    }

    @Override
    void run(Kms kms, PrintWriter out) {
        ImportResult result = kms.importMaterial(request);
        out.print(Reports.imported(result));
        if (result.kind() == ImportKind.NEW_KEY_MATERIAL) {
            out.println("Next: byok-wizard kms rotate --key-id " + result.key().arn());
        }
    }
}
