package com.netcore.byok.cli;

import com.netcore.byok.kms.CreatedKey;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Reports;
import com.netcore.byok.kms.KeyPolicy;
import com.netcore.byok.kms.NewKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms create-key}: a key for imported material, with its alias, policy and tags. */
@Command(name = "create-key", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create a KMS key for imported key material: Origin EXTERNAL, SYMMETRIC_DEFAULT, "
                + "ENCRYPT_DECRYPT, single-Region unless --multi-region. It stays PendingImport until 'kms import'.",
                "Without --policy-file no policy is sent: KMS applies its default key policy, which lets only the "
                        + "account's root principal administer the key (kms:*) and IAM policies in the account grant "
                        + "access. That needs no STS call and no kms:PutKeyPolicy. --show-policy prints it (the account "
                        + "from --account, else from STS GetCallerIdentity).",
                "Prints the new key's ARN alone on standard output (for scripts); the rest goes to standard error."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms create-key --alias customer-bank-a --description \"Bank A BYOK\" "
                + "--tag customer=bank-a --tag env=prod",
                "  KEY=$(byok-wizard kms create-key --region eu-west-1 --profile ops)",
                "  byok-wizard kms create-key --show-policy > policy.json   (print the policy, create nothing)",
                "  byok-wizard kms create-key --policy-file policy.json --alias customer-bank-a"})
final class CreateKeyCommand extends KmsSubcommand {
    @Option(names = "--alias", paramLabel = "NAME", description = "Alias for the key, e.g. customer-bank-a "
            + "(alias/ is added when missing).")
    String alias;

    @Option(names = "--description", paramLabel = "TEXT", description = "The key's description.")
    String description;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag; repeat for more.")
    Map<String, String> tags = new LinkedHashMap<>();

    @Option(names = "--multi-region", description = "Create a multi-Region primary key (default: single-Region).")
    boolean multiRegion;

    @Option(names = "--policy-file", paramLabel = "FILE", description = "Your own key policy (JSON) instead of the "
            + "default.")
    Path policyFile;

    @Option(names = "--account", paramLabel = "ID", description = "Account id for --show-policy's root principal, "
            + "instead of asking STS.")
    String account;

    @Option(names = "--show-policy", description = "Print the key policy that would be used, and create nothing.")
    boolean showPolicy;

    private Optional<String> policy;

    @Override
    void checkOptions() {
        policy = Optional.ofNullable(policyFile).map(KeyPolicy::load);
    }

    @Override
    void run(Kms kms, PrintWriter out) {
        if (showPolicy) {
            out.print(policy.orElseGet(() -> KeyPolicy.rootOnly(account != null ? kms.account(account) : kms.whoAmI())));
            return;
        }
        NewKey request = new NewKey(Optional.ofNullable(alias), Optional.ofNullable(description), tags, multiRegion,
                policy);
        CreatedKey created = kms.createKey(request, Optional.ofNullable(account));
        out.println(created.key().arn());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.print(Reports.created(created, String.valueOf(policyFile)));
        err.println("Next: byok-wizard kms get-parameters --key-id " + created.key().arn() + " --out PARAMS_DIR");
        err.flush();
    }
}
