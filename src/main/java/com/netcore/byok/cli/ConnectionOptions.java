package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.KmsSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** --region, --profile, --endpoint-url; what is not given comes from the AWS SDK's own chains. */
final class ConnectionOptions {
    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS Region, e.g. eu-west-1. Default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's "
                    + "region. Not the China Regions (no 256-bit AES keys there).")
    String region;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Profile in ~/.aws/config (SSO and assume-role profiles work). Default: AWS_PROFILE, "
                    + "then the default credential chain.")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "KMS endpoint, e.g. a VPC endpoint. Default: AWS_ENDPOINT_URL_KMS, then AWS's own.")
    String endpointUrl;

    @Option(names = "--wait-seconds", paramLabel = "SECONDS", description = "How long to wait at most for KMS to "
            + "show a change it accepted (new key or alias, import, deletion, rotation). Default: 30.")
    int waitSeconds = 30;

    Kms connect() {
        if (waitSeconds < 0) {
            throw new ByokException("--wait-seconds is " + waitSeconds + "; give 0 or more seconds.");
        }
        return Kms.connect(KmsSettings.of(region, profile, endpointUrl)).waitForChangesUpTo(Duration.ofSeconds(waitSeconds));
    }
}
