package com.netcore.byok.kms.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.model.KmsException;

/** Every request is validated against the KMS API model, and refused in AWS's words. */
class KmsTestServerValidationTest extends SdkClientTest {
    static final SdkBytes SOME_BYTES = SdkBytes.fromUtf8String("x");

    static KmsException refusal(Runnable call) {
        return catchThrowableOfType(KmsException.class, call::run);
    }

    static String validation(Runnable call) {
        KmsException e = refusal(call);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(e.statusCode()).isEqualTo(400);
        return e.awsErrorDetails().errorMessage();
    }

    @Test
    void keyMaterialDescriptionMustMatchThePattern() {
        String key = sdk.createKey(b -> b.origin("EXTERNAL")).keyMetadata().arn();
        kms.server().clearRequests();

        assertThat(validation(() -> sdk.importKeyMaterial(b -> b.keyId(key).importToken(SOME_BYTES)
                .encryptedKeyMaterial(SOME_BYTES).keyMaterialDescription("Bank A's key, 2027"))))
                .isEqualTo("1 validation error detected: Value 'Bank A's key, 2027' at 'keyMaterialDescription' failed "
                        + "to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_\\s.-]+$");
        assertThat(validation(() -> sdk.importKeyMaterial(b -> b.keyId(key).importToken(SOME_BYTES)
                .encryptedKeyMaterial(SOME_BYTES).keyMaterialDescription(""))))
                .as("the pattern needs at least one character").contains("at 'keyMaterialDescription'");
        assertThat(validation(() -> sdk.importKeyMaterial(b -> b.keyId(key).importToken(SOME_BYTES)
                .encryptedKeyMaterial(SOME_BYTES).keyMaterialDescription("a".repeat(257)))))
                .endsWith("Member must have length less than or equal to 256");
        assertThat(kms.server().calls("ImportKeyMaterial")).isEqualTo(3);
        assertThat(kms.server().keyState(key)).contains("PendingImport");
    }

    @Test
    void aliasNamesTagsDescriptionsAndWindows() {
        String key = sdk.createKey(b -> b.description("d")).keyMetadata().arn();

        assertThat(validation(() -> sdk.createAlias(b -> b.aliasName("alias/bank a").targetKeyId(key))))
                .isEqualTo("1 validation error detected: Value 'alias/bank a' at 'aliasName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$");
        assertThat(validation(() -> sdk.createAlias(b -> b.aliasName("alias/" + "a".repeat(251)).targetKeyId(key))))
                .endsWith("at 'aliasName' failed to satisfy constraint: Member must have length less than or equal "
                        + "to 256");
        assertThat(validation(() -> sdk.createKey(b -> b.tags(t -> t.tagKey("k".repeat(129)).tagValue("v")))))
                .isEqualTo("1 validation error detected: Value '" + "k".repeat(129) + "' at 'tags.1.member.tagKey' "
                        + "failed to satisfy constraint: Member must have length less than or equal to 128");
        assertThat(validation(() -> sdk.createKey(b -> b.tags(t -> t.tagKey("k").tagValue("v".repeat(257))))))
                .contains("at 'tags.1.member.tagValue'");
        assertThat(validation(() -> sdk.createKey(b -> b.tags(t -> t.tagKey("").tagValue("v")))))
                .endsWith("Member must have length greater than or equal to 1");
        assertThat(validation(() -> sdk.createKey(b -> b.description("d".repeat(8193)))))
                .contains("at 'description' failed to satisfy constraint: Member must have length less than or equal "
                        + "to 8192");
        assertThat(validation(() -> sdk.scheduleKeyDeletion(b -> b.keyId(key).pendingWindowInDays(366))))
                .isEqualTo("1 validation error detected: Value '366' at 'pendingWindowInDays' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 365");
        assertThat(validation(() -> sdk.scheduleKeyDeletion(b -> b.keyId(key).pendingWindowInDays(0))))
                .endsWith("Member must have value greater than or equal to 1");
        assertThat(validation(() -> sdk.scheduleKeyDeletion(b -> b.keyId(key).pendingWindowInDays(6))))
                .as("the model allows 1..365, KMS itself 7..30")
                .endsWith("Member must have value greater than or equal to 7");
        assertThat(kms.server().keyState(key)).contains("Enabled");
    }

    @Test
    void enumsRequiredMembersListsBlobsAndSeveralErrors() {
        String key = sdk.createKey(b -> b.description("d")).keyMetadata().arn();

        assertThat(validation(() -> sdk.getParametersForImport(b -> b.keyId(key).wrappingAlgorithm("RSA_PKCS1")
                .wrappingKeySpec("RSA_2048"))))
                .startsWith("1 validation error detected: Value 'RSA_PKCS1' at 'wrappingAlgorithm' failed to satisfy "
                        + "constraint: Member must satisfy enum value set: [RSAES_PKCS1_V1_5, RSAES_OAEP_SHA_1, ");
        assertThat(validation(() -> sdk.encrypt(b -> b.keyId(key))))
                .isEqualTo("1 validation error detected: Value null at 'plaintext' failed to satisfy constraint: "
                        + "Member must not be null");
        assertThat(validation(() -> sdk.encrypt(b -> b.keyId(key).plaintext(SdkBytes.fromByteArray(new byte[4097])))))
                .as("a sensitive value is not repeated").isEqualTo("1 validation error detected: Value at 'plaintext' "
                        + "failed to satisfy constraint: Member must have length less than or equal to 4096");
        assertThat(validation(() -> sdk.encrypt(b -> b.keyId(key).plaintext(SOME_BYTES)
                .grantTokens(Collections.nCopies(11, "token")))))
                .contains("at 'grantTokens' failed to satisfy constraint: Member must have length less than or equal "
                        + "to 10");
        assertThat(validation(() -> sdk.getParametersForImport(b -> b.keyId(""))))
                .startsWith("3 validation errors detected: Value '' at 'keyId' failed to satisfy constraint: Member "
                        + "must have length greater than or equal to 1; Value null at 'wrappingAlgorithm'");
    }

    @Test
    void wrongTypesAndUnknownMembersAreSerializationErrors() throws Exception {
        assertThat(raw("ScheduleKeyDeletion", "{\"KeyId\":\"k\",\"PendingWindowInDays\":\"7\"}"))
                .contains("\"__type\":\"SerializationException\"", "The value at 'pendingWindowInDays' cannot be "
                        + "read as PendingWindowInDaysType (integer).");
        assertThat(raw("CreateKey", "{\"Tags\":[{\"TagKey\":1}]}")).contains("at 'tags.1.member.tagKey'");
        assertThat(raw("CreateKey", "{\"MultiRegion\":\"yes\"}")).contains("SerializationException");
        assertThat(raw("CreateKey", "{\"Tags\":{\"TagKey\":\"k\"}}")).contains("SerializationException");
        assertThat(raw("ImportKeyMaterial", "{\"KeyId\":\"k\",\"ImportToken\":\"eA==\",\"EncryptedKeyMaterial\":\"eA==\","
                + "\"ValidTo\":\"tomorrow\"}")).contains("SerializationException");
        assertThat(raw("Encrypt", "{\"KeyId\":\"k\",\"Plaintext\":\"not base64!\"}")).contains("SerializationException");
        assertThat(raw("DescribeKey", "{\"KeyId\":\"k\",\"KeyID\":\"k\"}"))
                .contains("SerializationException", "Unrecognized field \\\"KeyID\\\"");
        assertThat(raw("DescribeKey", "{\"KeyId\":\"1234abcd-12ab-34cd-56ef-1234567890ab\"}"))
                .as("a well-formed raw request gets past validation").contains("NotFoundException");
    }

    /** A KMS request with a body the SDK would never send; answered with status 400 here. */
    static String raw(String operation, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(kms.endpoint() + "/"))
                .header("X-Amz-Target", "TrentService." + operation)
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + KmsTestServer.ACCESS_KEY_ID
                        + "/20260101/eu-west-1/kms/aws4_request, SignedHeaders=host, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        return response.body();
    }
}
