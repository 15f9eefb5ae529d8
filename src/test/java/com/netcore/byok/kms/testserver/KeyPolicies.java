package com.netcore.byok.kms.testserver;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Key policies as KMS treats them: the default key policy of a key created without one, and the lockout safety
 * check of a policy that is sent (CreateKey, PutKeyPolicy): it must let the caller, directly or through the
 * account's root principal, call {@code kms:PutKeyPolicy} later.
 */
final class KeyPolicies {
    static final String LOCKOUT = "The new key policy will not allow you to update the key policy in the future.";

    private KeyPolicies() {
    }

    /** KMS's default key policy: the account's root principal may do everything with the key. */
    static String defaultPolicy(String account) {
        return "{\n"
                + "  \"Version\" : \"2012-10-17\",\n"
                + "  \"Id\" : \"key-default-1\",\n"
                + "  \"Statement\" : [ {\n"
                + "    \"Sid\" : \"Enable IAM User Permissions\",\n"
                + "    \"Effect\" : \"Allow\",\n"
                + "    \"Principal\" : {\n"
                + "      \"AWS\" : \"arn:aws:iam::" + account + ":root\"\n"
                + "    },\n"
                + "    \"Action\" : \"kms:*\",\n"
                + "    \"Resource\" : \"*\"\n"
                + "  } ]\n"
                + "}";
    }

    /** Refuses a policy that is not a policy document, or that would lock the caller out of PutKeyPolicy. */
    static void checkLockout(String policy, String account, String callerArn) {
        JsonNode document;
        try {
            document = JsonNode.parser().parse(policy);
        } catch (RuntimeException e) {
            throw malformed("The policy is not valid JSON.");
        }
        if (!document.isObject() || document.field("Statement").isEmpty()) {
            throw malformed("The policy has no Statement.");
        }
        List<JsonNode> statements = listOf(document.field("Statement").get());
        boolean allowed = false;
        for (JsonNode statement : statements) {
            if (!statement.isObject() || statement.field("Principal").isEmpty()) {
                throw malformed("Policy contains a statement with no principal.");
            }
            if (!coversCaller(statement, account, callerArn) || !coversPutKeyPolicy(statement)) {
                continue;
            }
            String effect = statement.field("Effect").map(JsonNode::asString).orElse("");
            if (effect.equals("Deny")) {
                throw malformed(LOCKOUT);
            }
            allowed |= effect.equals("Allow") && statement.field("Condition").isEmpty();
        }
        if (!allowed) {
            throw malformed(LOCKOUT);
        }
    }

    private static boolean coversCaller(JsonNode statement, String account, String callerArn) {
        JsonNode principal = statement.field("Principal").get();
        List<JsonNode> names;
        if (principal.isString()) {
            names = List.of(principal);
        } else if (principal.isObject()) {
            names = principal.field("AWS").map(KeyPolicies::listOf).orElse(List.of());
        } else {
            return false;
        }
        return names.stream().map(JsonNode::asString).anyMatch(name -> name.equals("*") || name.equals(account)
                || name.equals("arn:aws:iam::" + account + ":root") || name.equals(callerArn));
    }

    private static boolean coversPutKeyPolicy(JsonNode statement) {
        if (statement.field("NotAction").isPresent()) {
            return false;
        }
        Optional<JsonNode> actions = statement.field("Action");
        return actions.isPresent() && listOf(actions.get()).stream().map(JsonNode::asString)
                .anyMatch(action -> glob(action).matcher("kms:putkeypolicy").matches());
    }

    private static Pattern glob(String action) {
        StringBuilder regex = new StringBuilder();
        for (char c : action.toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static List<JsonNode> listOf(JsonNode node) {
        return node.isArray() ? node.asArray() : List.of(node);
    }

    private static KmsError malformed(String message) {
        return KmsError.of("MalformedPolicyDocumentException", message);
    }
}
