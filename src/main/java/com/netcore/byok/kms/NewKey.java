package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code CreateKey} makes: always a symmetric ENCRYPT_DECRYPT key with Origin EXTERNAL (no key material
 * until the customer's is imported); single-Region unless {@code multiRegion}. An empty policy means
 * {@link KeyPolicy#rootOnly}.
 */
public record NewKey(Optional<String> alias, Optional<String> description, Map<String, String> tags,
                     boolean multiRegion, Optional<String> policy) {

    public NewKey {
        alias = alias.map(Aliases::normalize);
        description.ifPresent(d -> {
            if (d.length() > 8192) {
                throw new ByokException("The description has " + d.length() + " characters; KMS accepts at most 8192.");
            }
        });
        tags = Map.copyOf(checkTags(tags));
    }

    private static Map<String, String> checkTags(Map<String, String> tags) {
        Map<String, String> checked = new LinkedHashMap<>();
        tags.forEach((key, value) -> {
            if (key.isBlank() || key.length() > 128) {
                throw new ByokException("Tag key '" + key + "' must have 1 to 128 characters.");
            }
            if (key.regionMatches(true, 0, "aws:", 0, 4)) {
                throw new ByokException("Tag key '" + key + "' starts with aws:, which AWS reserves. Choose another key.");
            }
            if (value.length() > 256) {
                throw new ByokException("The value of tag '" + key + "' has " + value.length()
                        + " characters; KMS accepts at most 256.");
            }
            checked.put(key, value);
        });
        return checked;
    }
}
