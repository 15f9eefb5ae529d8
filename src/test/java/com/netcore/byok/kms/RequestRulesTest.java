package com.netcore.byok.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.kms.testserver.ServiceModel;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** RequestRules against the KMS API model (test resource): the constants cannot drift from what KMS checks. */
class RequestRulesTest {
    static final ServiceModel MODEL = ServiceModel.kms();

    static JsonNode shapeOf(String structure, String member) {
        return MODEL.shape(MODEL.memberShape(structure, member));
    }

    static int number(JsonNode shape, String field) {
        return Integer.parseInt(shape.field(field).orElseThrow(() -> new AssertionError("no " + field)).asNumber());
    }

    static String pattern(JsonNode shape) {
        return shape.field("pattern").orElseThrow().asString();
    }

    @Test
    void everyConstantEqualsTheModel() {
        JsonNode description = shapeOf("ImportKeyMaterialRequest", "KeyMaterialDescription");
        assertThat(number(description, "max")).isEqualTo(RequestRules.KEY_MATERIAL_DESCRIPTION_MAX);
        assertThat(pattern(description)).isEqualTo(RequestRules.KEY_MATERIAL_DESCRIPTION_PATTERN);

        JsonNode alias = shapeOf("CreateAliasRequest", "AliasName");
        assertThat(alias).isEqualTo(shapeOf("UpdateAliasRequest", "AliasName"));
        assertThat(number(alias, "min")).isEqualTo(RequestRules.ALIAS_NAME_MIN);
        assertThat(number(alias, "max")).isEqualTo(RequestRules.ALIAS_NAME_MAX);
        assertThat(pattern(alias)).isEqualTo(RequestRules.ALIAS_NAME_PATTERN);

        assertThat(number(shapeOf("Tag", "TagKey"), "min")).isEqualTo(RequestRules.TAG_KEY_MIN);
        assertThat(number(shapeOf("Tag", "TagKey"), "max")).isEqualTo(RequestRules.TAG_KEY_MAX);
        assertThat(number(shapeOf("Tag", "TagValue"), "max")).isEqualTo(RequestRules.TAG_VALUE_MAX);
        assertThat(shapeOf("Tag", "TagKey").field("pattern")).as("no pattern to copy").isEmpty();

        assertThat(number(shapeOf("CreateKeyRequest", "Description"), "max")).isEqualTo(RequestRules.DESCRIPTION_MAX);

        JsonNode window = shapeOf("ScheduleKeyDeletionRequest", "PendingWindowInDays");
        assertThat(number(window, "min")).isLessThanOrEqualTo(RequestRules.PENDING_WINDOW_MIN_DAYS);
        assertThat(number(window, "max")).isGreaterThanOrEqualTo(RequestRules.PENDING_WINDOW_MAX_DAYS);
        assertThat(MODEL.memberDocumentation("ScheduleKeyDeletionRequest", "PendingWindowInDays"))
                .contains("it must be between " + RequestRules.PENDING_WINDOW_MIN_DAYS + " and "
                        + RequestRules.PENDING_WINDOW_MAX_DAYS + ", inclusive");

        for (String request : new String[] {"ImportKeyMaterialRequest", "DeleteImportedKeyMaterialRequest"}) {
            JsonNode id = shapeOf(request, "KeyMaterialId");
            assertThat(number(id, "min")).isEqualTo(RequestRules.KEY_MATERIAL_ID_LENGTH);
            assertThat(number(id, "max")).isEqualTo(RequestRules.KEY_MATERIAL_ID_LENGTH);
            assertThat(pattern(id)).isEqualTo(RequestRules.KEY_MATERIAL_ID_PATTERN);
        }
    }

    @Test
    void keyMaterialDescriptionIsRefusedBeforeAnyCallWithTheAllowedCharacters() {
        assertThatThrownBy(() -> RequestRules.checkKeyMaterialDescription("Bank A's key, 2027"))
                .isInstanceOf(ByokException.class)
                .hasMessage("The key material description \"Bank A's key, 2027\" contains the characters ' ,, which "
                        + "KMS does not accept. Use only letters A-Z a-z, digits, spaces and : / _ . - "
                        + "(e.g. \"Bank A key 2027\").");
        assertThat(RequestRules.keyMaterialDescription("Bank A key 2027: ceremony/1_a.b-c"))
                .contains("Bank A key 2027: ceremony/1_a.b-c");
        assertThat(RequestRules.keyMaterialDescription("")).isEmpty();
        assertThat(RequestRules.keyMaterialDescription(null)).isEmpty();
        assertThat(RequestRules.checkKeyMaterialDescription("a".repeat(256))).hasSize(256);
        assertThatThrownBy(() -> RequestRules.checkKeyMaterialDescription("a".repeat(257)))
                .hasMessage("The key material description has 257 characters; KMS accepts at most 256. Shorten it.");
        assertThatThrownBy(() -> RequestRules.checkKeyMaterialDescription("Straße"))
                .hasMessageContaining("contains the character ß,");
    }

    @Test
    void whatTheRulesAcceptTheModelAccepts() {
        Pattern description = Pattern.compile(pattern(shapeOf("ImportKeyMaterialRequest", "KeyMaterialDescription")));
        Pattern alias = Pattern.compile(pattern(shapeOf("CreateAliasRequest", "AliasName")));
        for (String text : new String[] {"x", "Bank A key 2027", "a:b/c_d.e-f\tg", "Bank A's key", "é", ",", ""}) {
            boolean accepted;
            try {
                RequestRules.checkKeyMaterialDescription(text);
                accepted = true;
            } catch (ByokException e) {
                accepted = false;
            }
            assertThat(accepted).as(text).isEqualTo(description.matcher(text).matches());
        }
        for (String name : new String[] {"alias/a", "alias/bank-a/2027_x", "alias/a b", "alias/é", "alias/a.b"}) {
            boolean accepted;
            try {
                RequestRules.checkAliasName(name);
                accepted = true;
            } catch (ByokException e) {
                accepted = false;
            }
            assertThat(accepted).as(name).isEqualTo(alias.matcher(name).matches());
        }
    }

    @Test
    void aliasesTagsDescriptionsWindowsAndMaterialIds() {
        assertThat(RequestRules.checkAliasName("alias/customer-bank-a")).isEqualTo("alias/customer-bank-a");
        assertThatThrownBy(() -> RequestRules.checkAliasName("alias/")).hasMessageContaining("is not a valid alias");
        assertThatThrownBy(() -> RequestRules.checkAliasName("bank-a")).hasMessageContaining("Write alias/ followed");
        assertThatThrownBy(() -> RequestRules.checkAliasName("alias/a:b")).hasMessageContaining("not a valid alias");
        assertThatThrownBy(() -> RequestRules.checkAliasName("alias/" + "a".repeat(251)))
                .hasMessageContaining("at most 256 characters");
        assertThatThrownBy(() -> RequestRules.checkAliasName("alias/aws/x")).hasMessageContaining("AWS reserves");

        assertThat(RequestRules.checkTagKey("customer")).isEqualTo("customer");
        assertThatThrownBy(() -> RequestRules.checkTagKey("")).hasMessage("Tag key '' must have 1 to 128 characters. "
                + "Write the tag as key=value.");
        assertThatThrownBy(() -> RequestRules.checkTagKey("k".repeat(129))).hasMessageContaining("1 to 128");
        assertThatThrownBy(() -> RequestRules.checkTagKey("AWS:x")).hasMessageContaining("AWS reserves");
        assertThat(RequestRules.checkTagValue("k", null)).isEmpty();
        assertThat(RequestRules.checkTagValue("k", "v".repeat(256))).hasSize(256);
        assertThatThrownBy(() -> RequestRules.checkTagValue("k", "v".repeat(257)))
                .hasMessage("The value of tag 'k' has 257 characters; KMS accepts at most 256. Shorten it.");

        assertThat(RequestRules.keyDescription(" ")).isEmpty();
        assertThat(RequestRules.keyDescription("Bank A's key, 2027")).contains("Bank A's key, 2027");
        assertThatThrownBy(() -> RequestRules.keyDescription("d".repeat(8193))).hasMessageContaining("at most 8192");

        assertThat(RequestRules.checkPendingWindowDays(7)).isEqualTo(7);
        assertThat(RequestRules.checkPendingWindowDays(30)).isEqualTo(30);
        assertThatThrownBy(() -> RequestRules.checkPendingWindowDays(6)).hasMessage("The waiting period before "
                + "deletion is 6 days; KMS accepts 7 to 30. Give a number of days in that range.");
        assertThatThrownBy(() -> RequestRules.checkPendingWindowDays(31)).hasMessageContaining("is 31 days");

        String id = "0123456789abcdef".repeat(4);
        assertThat(RequestRules.checkKeyMaterialId(" " + id.toUpperCase() + " ")).isEqualTo(id);
        assertThatThrownBy(() -> RequestRules.checkKeyMaterialId(id.substring(1)))
                .hasMessageContaining("are 64 hexadecimal characters (0-9, a-f). Copy it from 'kms status'.");
        assertThatThrownBy(() -> RequestRules.checkKeyMaterialId("g" + id.substring(1)))
                .isInstanceOf(ByokException.class);
    }
}
