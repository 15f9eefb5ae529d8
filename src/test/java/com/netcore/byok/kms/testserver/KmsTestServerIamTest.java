package com.netcore.byok.kms.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.model.KmsException;

/** Key policies (default policy, lockout check), per-operation AccessDenied, and call counts. */
class KmsTestServerIamTest extends SdkClientTest {
    static final String ROOT = "arn:aws:iam::" + KmsTestServer.ACCOUNT + ":root";

    static KmsException refusal(Runnable call) {
        return catchThrowableOfType(KmsException.class, call::run);
    }

    static String policy(String principal, String actions) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal
                + "\"},\"Action\":" + actions + ",\"Resource\":\"*\"}]}";
    }

    @Test
    void createKeyWithoutPolicyGetsTheDefaultKeyPolicyAndNeedsNoSts() {
        kms.server().clearRequests();
        String key = sdk.createKey(b -> b.origin("EXTERNAL")).keyMetadata().arn();

        String policy = sdk.getKeyPolicy(b -> b.keyId(key)).policy();
        assertThat(policy).contains("\"Principal\" : {\n      \"AWS\" : \"" + ROOT + "\"\n    }",
                "\"Action\" : \"kms:*\"", "\"Id\" : \"key-default-1\"");
        assertThat(kms.server().policy(key)).contains(policy);
        assertThat(kms.server().operations()).containsExactly("CreateKey", "GetKeyPolicy");
        assertThat(refusal(() -> sdk.getKeyPolicy(b -> b.keyId(key).policyName("other"))).awsErrorDetails()
                .errorCode()).isEqualTo("NotFoundException");
    }

    @Test
    void aSentPolicyMustKeepPutKeyPolicyForTheCaller() {
        String lockout = "The new key policy will not allow you to update the key policy in the future.";
        for (String locked : new String[] {policy(ROOT, "\"kms:Describe*\""), policy(ROOT, "[\"kms:Encrypt\"]"),
                policy("arn:aws:iam::444455556666:root", "\"kms:*\""),
                policy("arn:aws:iam::111122223333:user/someone-else", "\"kms:*\"")}) {
            KmsException e = refusal(() -> sdk.createKey(b -> b.policy(locked)));
            assertThat(e.awsErrorDetails().errorCode()).as(locked).isEqualTo("MalformedPolicyDocumentException");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(lockout);
        }
        for (String kept : new String[] {policy(ROOT, "\"kms:*\""), policy(ROOT, "[\"kms:Describe*\",\"kms:PutKeyPolicy\"]"),
                policy(KmsTestServer.CALLER_ARN, "\"kms:Put*\""), policy(KmsTestServer.ACCOUNT, "\"*\"")}) {
            String key = sdk.createKey(b -> b.policy(kept)).keyMetadata().arn();
            assertThat(kms.server().policy(key)).as(kept).contains(kept);
        }
        String denyAll = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ROOT + "\"},\"Action\":"
                + "\"kms:*\",\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:PutKeyPolicy\","
                + "\"Resource\":\"*\"}]}";
        assertThat(refusal(() -> sdk.createKey(b -> b.policy(denyAll))).awsErrorDetails().errorMessage())
                .isEqualTo(lockout);
        assertThat(refusal(() -> sdk.createKey(b -> b.policy("{\"Statement\": ["))).awsErrorDetails().errorCode())
                .isEqualTo("MalformedPolicyDocumentException");

        String bypassed = sdk.createKey(b -> b.policy(policy(ROOT, "\"kms:Describe*\""))
                .bypassPolicyLockoutSafetyCheck(true)).keyMetadata().arn();
        assertThat(kms.server().policy(bypassed)).get().asString().contains("kms:Describe*");

        String key = sdk.createKey(b -> b.description("put")).keyMetadata().arn();
        assertThat(refusal(() -> sdk.putKeyPolicy(b -> b.keyId(key).policy(policy(ROOT, "\"kms:Describe*\""))))
                .awsErrorDetails().errorMessage()).isEqualTo(lockout);
        sdk.putKeyPolicy(b -> b.keyId(key).policy(policy(ROOT, "[\"kms:PutKeyPolicy\",\"kms:Encrypt\"]")));
        assertThat(sdk.getKeyPolicy(b -> b.keyId(key)).policy()).contains("kms:Encrypt");
    }

    @Test
    void deniedOperationsAnswerAsIamDoesNamingActionAndResource() {
        String key = sdk.createKey(b -> b.description("keys")).keyMetadata().arn();
        sdk.createAlias(b -> b.aliasName("alias/denied").targetKeyId(key));
        kms.server().deny("Encrypt", "Decrypt", "CreateKey");

        KmsException encrypt = refusal(() -> sdk.encrypt(b -> b.keyId("alias/denied")
                .plaintext(SdkBytes.fromUtf8String("x"))));
        assertThat(encrypt.statusCode()).isEqualTo(400);
        assertThat(encrypt.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
        assertThat(encrypt.awsErrorDetails().errorMessage()).isEqualTo("User: " + KmsTestServer.CALLER_ARN
                + " is not authorized to perform: kms:Encrypt on resource: " + key + " because no identity-based "
                + "policy allows the kms:Encrypt action");
        assertThat(refusal(() -> sdk.createKey(b -> b.description("x"))).awsErrorDetails().errorMessage())
                .isEqualTo("User: " + KmsTestServer.CALLER_ARN + " is not authorized to perform: kms:CreateKey on "
                        + "resource: * because no identity-based policy allows the kms:CreateKey action");
        assertThat(sdk.describeKey(b -> b.keyId(key)).keyMetadata().arn()).as("other operations work").isEqualTo(key);

        kms.server().allow("Encrypt", "Decrypt");
        SdkBytes blob = sdk.encrypt(b -> b.keyId(key).plaintext(SdkBytes.fromUtf8String("x"))).ciphertextBlob();
        kms.server().deny("Decrypt");
        assertThat(refusal(() -> sdk.decrypt(b -> b.ciphertextBlob(blob))).awsErrorDetails().errorMessage())
                .as("the key is read from the ciphertext").contains("kms:Decrypt on resource: " + key + " because");
    }

    @Test
    void callsAreCountedPerOperation() {
        kms.server().clearRequests();
        String key = sdk.createKey(b -> b.description("count")).keyMetadata().arn();
        sdk.describeKey(b -> b.keyId(key));
        sdk.describeKey(b -> b.keyId(key));
        kms.server().deny("ScheduleKeyDeletion");
        refusal(() -> sdk.scheduleKeyDeletion(b -> b.keyId(key)));

        assertThat(kms.server().calls("DescribeKey")).isEqualTo(2);
        assertThat(kms.server().calls("ScheduleKeyDeletion")).as("refused calls count too").isEqualTo(1);
        assertThat(kms.server().calls("ImportKeyMaterial")).isZero();
        assertThat(kms.server().callCounts())
                .isEqualTo(Map.of("CreateKey", 1, "DescribeKey", 2, "ScheduleKeyDeletion", 1));
        assertThat(kms.server().callCounts().keySet())
                .containsExactly("CreateKey", "DescribeKey", "ScheduleKeyDeletion");
    }
}
