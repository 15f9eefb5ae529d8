package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.SafeFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The key policy of a new key. By default KMS's own default key policy, which KMS applies when CreateKey sends
 * none: one statement, the account's root principal may administer and use the key ({@code kms:*}), which is also
 * what lets IAM policies in that account grant access. No other principal is named. An operator may bring their
 * own policy file instead (KMS then checks that it keeps kms:PutKeyPolicy for the caller).
 */
public final class KeyPolicy {
    /** KMS's limit on a key policy (PolicyType). */
    static final int MAX_CHARS = 131_072;

    private KeyPolicy() {
    }

    public static String rootOnly(CallerIdentity account) {
        return rootOnly(account.rootPrincipal());
    }

    /** The root principal of the key's account, in the key's partition (from its ARN; no STS call). */
    static String rootPrincipal(KeyInfo key) {
        String partition = key.arn().split(":")[1];
        return "arn:" + partition + ":iam::" + key.account() + ":root";
    }

    public static String rootOnly(String rootPrincipal) {
        return "{\n"
                + "  \"Version\": \"2012-10-17\",\n"
                + "  \"Id\": \"key-default-1\",\n"
                + "  \"Statement\": [\n"
                + "    {\n"
                + "      \"Sid\": \"Enable IAM User Permissions\",\n"
                + "      \"Effect\": \"Allow\",\n"
                + "      \"Principal\": {\"AWS\": \"" + rootPrincipal + "\"},\n"
                + "      \"Action\": \"kms:*\",\n"
                + "      \"Resource\": \"*\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n";
    }

    /** Reads and checks a policy file: JSON, an object with a Statement, within KMS's size limit. */
    public static String load(Path file) {
        String what = "Key policy file " + file;
        String text = new String(SafeFiles.readSmall(file, what, MAX_CHARS * 2), StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new ByokException(what + " is empty. Write the policy as JSON, or leave --policy-file out for the "
                    + "default policy.");
        }
        if (text.length() > MAX_CHARS) {
            throw new ByokException(what + " has " + text.length() + " characters; KMS accepts at most " + MAX_CHARS
                    + ". Shorten the policy.");
        }
        JsonNode policy;
        try {
            policy = JsonNode.parser().parse(text);
        } catch (RuntimeException e) {
            throw new ByokException(what + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "). Fix the file; 'kms create-key --show-policy' prints a valid default to start from.");
        }
        if (!policy.isObject() || policy.field("Statement").isEmpty()) {
            throw new ByokException(what + " is JSON but not a key policy: it has no \"Statement\". Start from "
                    + "'kms create-key --show-policy'.");
        }
        return text;
    }
}
