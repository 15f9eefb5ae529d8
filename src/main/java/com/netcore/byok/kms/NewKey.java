package com.netcore.byok.kms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code CreateKey} makes: always a symmetric ENCRYPT_DECRYPT key with Origin EXTERNAL (no key material
 * until the customer's is imported); single-Region unless {@code multiRegion}. An empty policy sends none: KMS
 * applies its default key policy ({@link KeyPolicy#rootOnly}). Fields are checked as KMS checks them (RequestRules).
 */
public record NewKey(Optional<String> alias, Optional<String> description, Map<String, String> tags,
                     boolean multiRegion, Optional<String> policy) {

    public NewKey {
        alias = alias.map(Aliases::normalize);
        description = description.flatMap(RequestRules::keyDescription); // an empty description is not sent
        tags = Map.copyOf(checkTags(tags));
    }

    private static Map<String, String> checkTags(Map<String, String> tags) {
        Map<String, String> checked = new LinkedHashMap<>();
        tags.forEach((key, value) -> checked.put(RequestRules.checkTagKey(key), RequestRules.checkTagValue(key, value)));
        return checked;
    }
}
