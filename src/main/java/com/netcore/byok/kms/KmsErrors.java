package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Turns what the AWS SDK throws into one sentence for the operator: what happened, and what to do.
 * KMS's own words are quoted where they help; stack traces never reach the user.
 */
final class KmsErrors {
    private final String region;
    private final String endpoint;

    KmsErrors(String region, String endpoint) {
        this.region = region;
        this.endpoint = endpoint;
    }

    /** {@code operation} is the AWS name (e.g. ImportKeyMaterial); {@code subject} the key or alias concerned. */
    ByokException explain(SdkException e, String operation, String subject) {
        if (e instanceof AbortedException) {
            return new KmsCancelledException("Cancelled while waiting for " + service(operation) + " (" + operation
                    + "). If the request had already reached AWS it may still have taken effect: check with 'kms status'.");
        }
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return new ByokException(service(aws.awsErrorDetails().errorCode(), aws.awsErrorDetails().errorMessage(),
                    aws.statusCode(), operation, subject), e);
        }
        if (e instanceof SdkServiceException service) {
            return new ByokException(service(String.valueOf(service.statusCode()), e.getMessage(), service.statusCode(),
                    operation, subject), e);
        }
        return new ByokException(client(e, operation), e);
    }

    String service(String code, String message, int status, String operation, String subject) {
        String says = message == null || message.isBlank() ? "" : " (KMS says: " + message.strip() + ")";
        String key = subject == null || subject.isBlank() ? "the key" : "key " + subject;
        return switch (code) {
            case "ExpiredImportTokenException" -> "KMS refused the import because the import token has expired (import "
                    + "parameters are valid for 24 hours). Run 'kms get-parameters' for new parameters and have the "
                    + "customer wrap the key again with the new WrappingPublicKey.bin and README.txt.";
            case "InvalidImportTokenException" -> "KMS refused ImportToken.bin for " + key + ": the token is damaged or "
                    + "belongs to another KMS key" + says + ". Use the parameters folder that 'kms get-parameters' wrote "
                    + "for this key, or get new parameters and have the customer wrap again.";
            case "InvalidCiphertextException" -> operation.equals("ImportKeyMaterial")
                    ? "KMS could not unwrap CustomerEncryptionKey.bin: the wrap does not match these import parameters "
                    + "(made with another WrappingPublicKey.bin, another wrapping algorithm, or a wrong OAEP/MGF1 hash). "
                    + "Have the customer wrap the key again with the WrappingPublicKey.bin and README.txt of this "
                    + "parameters folder."
                    : "KMS could not decrypt with " + key + says + ": the ciphertext is damaged or was made under "
                    + "another key or encryption context.";
            case "IncorrectKeyMaterialException" -> "KMS refused the key material for " + key + says + ". A re-import "
                    + "must carry exactly the same key bytes as the key's first import, and new material for rotation "
                    + "(--new-material) must differ from every material the key already has. Have the customer wrap "
                    + "the right key with new parameters.";
            case "KMSInvalidStateException" -> "KMS cannot run " + operation + " on " + key + " in its current state"
                    + says + ". See the state with 'kms status': a disabled key must be enabled first (aws kms "
                    + "enable-key), a key pending deletion needs the deletion cancelled (aws kms cancel-key-deletion), "
                    + "a key pending import needs its key material imported.";
            case "NotFoundException" -> "KMS found no " + (subject == null || subject.isBlank() ? "such key"
                    : "key or alias '" + subject + "'") + " in region " + region + says + ". Check the key id or "
                    + "alias, --region, and --profile (the account the credentials belong to).";
            case "InvalidArnException" -> "'" + subject + "' is not a valid KMS key ARN" + says + ". Give a key id, a "
                    + "key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID) or an alias (alias/NAME).";
            case "DisabledException" -> "KMS refused " + operation + " because " + key + " is disabled" + says
                    + ". Enable it first (aws kms enable-key) if that is intended.";
            case "UnsupportedOperationException" -> "KMS does not support " + operation + " for " + key + says
                    + ". Imported key material needs a symmetric key created with Origin EXTERNAL ('kms create-key'), "
                    + "outside custom key stores.";
            case "LimitExceededException" -> "A KMS limit stops " + operation + says + ". A key takes at most 25 "
                    + "on-demand rotations, and keys and aliases per account are limited: clean up, or ask AWS for a "
                    + "higher quota.";
            case "ConflictException" -> "KMS refused " + operation + " for " + key + " because another change is in "
                    + "progress, such as a rotation due within 20 minutes" + says + ". Try again later.";
            case "AlreadyExistsException" -> "That alias already exists" + says + ". Choose another alias name, or "
                    + "point the existing alias at this key with 'kms move-alias'.";
            case "InvalidAliasNameException" -> "KMS does not accept that alias name" + says + ". Alias names look "
                    + "like alias/my-key (letters, digits, / _ -) and must not start with alias/aws/.";
            case "MalformedPolicyDocumentException" -> "KMS refused the key policy" + says + ". Fix the policy file "
                    + "(valid JSON that lets your own identity administer the key, or KMS's lockout safety check "
                    + "fails), or leave --policy-file out to use the default policy.";
            case "TagException" -> "KMS refused a tag" + says + ". Tag keys have at most 128 characters, values at "
                    + "most 256, and keys must not start with aws:.";
            case "IncorrectKeyException" -> "The test ciphertext belongs to another key than " + key + says + ".";
            case "InvalidKeyUsageException" -> "Key " + subject + " cannot encrypt and decrypt" + says + ": it was not "
                    + "created for ENCRYPT_DECRYPT. Use a key made with 'kms create-key'.";
            case "KeyUnavailableException" -> key + " is unavailable right now" + says + ". Try again in a few minutes.";
            case "InvalidMarkerException" -> "KMS rejected a paging marker" + says + ". Run the command again.";
            case "ValidationException" -> "KMS rejected a value in " + operation + says + ". Correct it and try again.";
            case "AccessDeniedException", "AccessDenied" -> "Access denied: the AWS identity in use may not call "
                    + permission(operation) + " on " + (subject == null || subject.isBlank() ? "this resource" : subject)
                    + (message == null ? "" : " (AWS says: " + message.strip() + ")") + ". Ask your AWS administrator to "
                    + "allow " + permission(operation) + " in the key policy or your IAM policy, or use a profile that "
                    + "has it (--profile).";
            case "UnrecognizedClientException", "InvalidClientTokenId", "InvalidSignatureException",
                 "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken" -> "AWS did not accept the "
                    + "credentials (" + code + ": " + message + "): the access key is unknown, or its secret does not "
                    + "match. Check the profile (--profile) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or set them "
                    + "up again (aws configure, aws sso login).";
            case "ExpiredTokenException", "ExpiredToken" -> "The AWS session credentials have expired (" + message
                    + "). Refresh them (aws sso login, or new temporary credentials) and run the command again.";
            case "RequestExpired" -> "AWS refused the request as signed at the wrong time (" + message + "). Check "
                    + "that this computer's clock and time zone are right.";
            default -> {
                if (isThrottling(code, status)) {
                    yield "KMS is throttling requests (" + code + ": " + message + ") and " + operation + " still failed "
                            + "after the SDK's retries. Wait a minute and run the command again; if it keeps happening, "
                            + "other tools in this account are using up the KMS request quota.";
                }
                if (status >= 500 || code.equals("DependencyTimeoutException") || code.equals("KMSInternalException")) {
                    yield "KMS had an internal problem with " + operation + " (" + code + says + ") and it still failed "
                            + "after the SDK's retries. Nothing is wrong with your input: try again in a few minutes.";
                }
                yield "KMS refused " + operation + " for " + key + " (" + code + says + "). Check the input and try again.";
            }
        };
    }

    private static boolean isThrottling(String code, int status) {
        return status == 429 || code.startsWith("Throttl") || code.equals("RequestLimitExceeded")
                || code.equals("TooManyRequestsException") || code.equals("SlowDown");
    }

    static String permission(String operation) {
        return (operation.equals("GetCallerIdentity") ? "sts:" : "kms:") + operation;
    }

    private String client(SdkException e, String operation) {
        String target = service(operation) + " at " + (operation.equals("GetCallerIdentity") ? "its endpoint" : endpoint);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "The host of " + target + " could not be found (" + t.getMessage() + "). Check --region and "
                        + "--endpoint-url, and that this computer can reach AWS (network, DNS, proxy).";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "Could not connect to " + target + " (" + t.getMessage() + "). Check --endpoint-url, the network "
                        + "and any proxy or VPC endpoint settings.";
            }
            if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
                return service(operation) + " at " + endpoint + " did not answer in time. Check the network, then try "
                        + "again.";
            }
            if (t instanceof SSLException) {
                return "The TLS connection to " + target + " failed (" + t.getMessage() + "). Check --endpoint-url "
                        + "(https with a trusted certificate) and any TLS-inspecting proxy.";
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("unable to load credentials from any of the providers")) {
            return "No AWS credentials were found. Set them up as for the AWS CLI (aws configure, or aws sso login for "
                    + "IAM Identity Center), export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a profile "
                    + "with --profile.";
        }
        Matcher profile = Pattern.compile("profile '([^']*)'").matcher(message);
        if (lower.contains("profile file contained no credentials") || lower.contains("profile")
                && (lower.contains("not found") || lower.contains("does not exist"))) {
            String name = profile.find() ? "'" + profile.group(1) + "' " : "";
            return "The AWS profile " + name + "has no credentials or does not exist in ~/.aws/config or "
                    + "~/.aws/credentials. Check --profile (or AWS_PROFILE), or set the profile up (aws configure "
                    + "--profile NAME, or aws configure sso).";
        }
        if (lower.contains("sso") && (lower.contains("expired") || lower.contains("sso login")
                || lower.contains("token"))) {
            return "The IAM Identity Center (SSO) session of this profile has expired or was never started. Run "
                    + "'aws sso login' for the profile and try again.";
        }
        if (lower.contains("unable to load region")) {
            return KmsConnection.NO_REGION;
        }
        return "Could not complete " + operation + " with " + target + ": " + firstSentence(message) + ". Check the "
                + "network, --endpoint-url, --region and the credentials.";
    }

    private static String service(String operation) {
        return operation.equals("GetCallerIdentity") ? "AWS STS" : "KMS";
    }

    private static String firstSentence(String message) {
        String line = message.lines().findFirst().orElse(message).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
