package com.netcore.byok.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kms ...}: the operator's side, against AWS KMS. */
@Command(name = "kms", mixinStandardHelpOptions = true,
        description = {"The operator's side in AWS KMS: create the key, download import parameters, import the "
                + "customer's wrapped key, check, rotate and revoke.",
                "Credentials, region and endpoint are found as by the AWS CLI (environment, ~/.aws/config and "
                        + "~/.aws/credentials, SSO and assume-role profiles, AWS_ENDPOINT_URL_KMS); --region, "
                        + "--profile and --endpoint-url override them."},
        footerHeading = "%nA ceremony:%n",
        footer = {"  byok-wizard kms drill   (first: proves the account and permissions on a throw-away key)",
                "  byok-wizard kms create-key --alias customer-bank-a --description \"Bank A BYOK\"",
                "  byok-wizard kms get-parameters --key-id alias/customer-bank-a --out params",
                "  (the customer runs 'byok-wizard wrap' on params/WrappingPublicKey.bin and params/README.txt)",
                "  byok-wizard kms import --key-id alias/customer-bank-a --params params --wrapped out "
                        + "--valid-to 2027-06-30",
                "  byok-wizard kms status --key-id alias/customer-bank-a"})
final class KmsCommand implements Runnable {
    /** In the order usage lists them; added when a run needs them (see {@link LazySubcommands}). */
    static final List<Class<?>> SUBCOMMANDS = List.of(CreateKeyCommand.class, GetParametersCommand.class,
            ImportCommand.class, ReplicateCommand.class, StatusCommand.class, RotateCommand.class,
            MoveAliasCommand.class, DeleteMaterialCommand.class, DisableKeyCommand.class,
            ScheduleDeletionCommand.class, DrillCommand.class, CreateSigningKeyCommand.class,
            SigningCertificateCommand.class);

    @ParentCommand
    ByokCli root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Terminal terminal() {
        return root.terminal;
    }
}
