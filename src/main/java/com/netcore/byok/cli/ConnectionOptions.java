package com.netcore.byok.cli;

import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.KmsSettings;
import picocli.CommandLine.Option;

/** --region, --profile, --endpoint-url; what is not given comes from the AWS SDK's own chains. */
final class ConnectionOptions {
    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS Region, e.g. eu-west-1. Default: AWS_REGION, then the profile's region.")
    String region;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Profile in ~/.aws/config (SSO and assume-role profiles work). Default: AWS_PROFILE, "
                    + "then the default credential chain.")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "KMS endpoint, e.g. a VPC endpoint. Default: AWS_ENDPOINT_URL_KMS, then AWS's own.")
    String endpointUrl;

    Kms connect() {
        return Kms.connect(KmsSettings.of(region, profile, endpointUrl));
    }
}
