package com.netcore.byok.kms;

/** Who the credentials belong to (STS GetCallerIdentity), and the AWS partition (aws, aws-cn, aws-us-gov). */
public record CallerIdentity(String account, String arn, String partition) {

    static CallerIdentity of(String account, String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 3);
        return new CallerIdentity(account, arn, parts.length >= 2 && !parts[1].isEmpty() ? parts[1] : "aws");
    }

    /** The account's root principal, e.g. {@code arn:aws:iam::111122223333:root}. */
    public String rootPrincipal() {
        return "arn:" + partition + ":iam::" + account + ":root";
    }
}
