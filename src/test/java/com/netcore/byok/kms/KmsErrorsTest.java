package com.netcore.byok.kms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every KMS error of the reference's table, and the other codes AWS answers with, as one sentence with advice. */
class KmsErrorsTest {
    static final KmsErrors ERRORS = new KmsErrors("eu-west-1", "the KMS endpoint of eu-west-1");
    static final String KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', value = {
            "ExpiredImportTokenException      | ImportKeyMaterial         | 400 | Run 'kms get-parameters' for new parameters",
            "InvalidImportTokenException      | ImportKeyMaterial         | 400 | belongs to another KMS key",
            "InvalidCiphertextException       | ImportKeyMaterial         | 400 | the wrap does not match these import parameters",
            "InvalidCiphertextException       | Decrypt                   | 400 | the ciphertext is damaged",
            "IncorrectKeyMaterialException    | ImportKeyMaterial         | 400 | exactly the same key bytes",
            "KMSInvalidStateException         | ImportKeyMaterial         | 400 | See the state with 'kms status'",
            "UnsupportedOperationException    | GetParametersForImport    | 400 | created with Origin EXTERNAL",
            "NotFoundException                | DescribeKey               | 400 | Check the key id or alias, --region",
            "InvalidArnException              | DescribeKey               | 400 | is not a valid KMS key ARN",
            "DependencyTimeoutException       | ImportKeyMaterial         | 500 | try again in a few minutes",
            "KMSInternalException             | DeleteImportedKeyMaterial | 500 | still failed after the SDK's retries",
            "DisabledException                | RotateKeyOnDemand         | 400 | Enable it first",
            "LimitExceededException           | RotateKeyOnDemand         | 400 | at most 25 on-demand rotations",
            "ConflictException                | RotateKeyOnDemand         | 400 | Try again later",
            "InvalidMarkerException           | ListKeyRotations          | 400 | Run the command again",
            "AlreadyExistsException           | CreateAlias               | 400 | 'kms move-alias'",
            "InvalidAliasNameException        | CreateAlias               | 400 | must not start with alias/aws/",
            "MalformedPolicyDocumentException | CreateKey                 | 400 | lockout safety check",
            "TagException                     | CreateKey                 | 400 | must not start with aws:",
            "InvalidKeyUsageException         | Encrypt                   | 400 | ENCRYPT_DECRYPT",
            "KeyUnavailableException          | Encrypt                   | 400 | Try again in a few minutes",
            "IncorrectKeyException            | Decrypt                   | 400 | belongs to another key",
            "AccessDeniedException            | ImportKeyMaterial         | 400 | allow kms:ImportKeyMaterial in the key policy",
            "AccessDeniedException            | GetCallerIdentity         | 403 | allow sts:GetCallerIdentity",
            "UnrecognizedClientException      | DescribeKey               | 400 | AWS did not accept the credentials",
            "InvalidSignatureException        | DescribeKey               | 400 | its secret does not match",
            "ExpiredTokenException            | DescribeKey               | 400 | session credentials have expired",
            "RequestExpired                   | DescribeKey               | 400 | this computer's clock",
            "ThrottlingException              | Encrypt                   | 400 | KMS is throttling requests",
            "ValidationException              | ImportKeyMaterial         | 400 | KMS rejected a value in ImportKeyMaterial",
            "SomethingNewException            | ImportKeyMaterial         | 400 | Check the input and try again"})
    void eachErrorIsASentenceWithAdvice(String code, String operation, int status, String advice) {
        String message = ERRORS.service(code, "detail from AWS", status, operation, KEY);

        assertThat(message).contains(advice).endsWith(".").doesNotContain("null");
        assertThat(message.lines()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ImportKeyMaterial | kms:ImportKeyMaterial",
            "DeleteImportedKeyMaterial | kms:DeleteImportedKeyMaterial",
            "GetCallerIdentity | sts:GetCallerIdentity"})
    void accessDeniedNamesThePermission(String operation, String permission) {
        assertThat(KmsErrors.permission(operation)).isEqualTo(permission);
    }
}
