package com.netcore.byok.ui.operator;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.ui.common.Messages;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tag field's text: {@code key=value} pairs separated by commas, e.g. {@code customer=bank-a, env=prod}. */
final class TagsText {
    private TagsText() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tag -> {
            int equals = tag.indexOf('=');
            if (equals <= 0) {
                throw new ByokException(Messages.get("operator.create.badTag", tag));
            }
            parsed.put(tag.substring(0, equals).strip(), tag.substring(equals + 1).strip());
        });
        return parsed;
    }
}
