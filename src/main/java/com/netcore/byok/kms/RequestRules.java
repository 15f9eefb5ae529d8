package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The limits KMS puts on request fields, copied from the KMS API model (kms-2014-11-01) so that a mistake is
 * refused here, in one sentence, before any call. RequestRulesTest checks every constant against the model.
 * Each check returns the value to send, or throws a {@link ByokException} naming the field and the fix.
 */
public final class RequestRules {
    /** KeyMaterialDescriptionType: at most 256 characters of {@value #KEY_MATERIAL_DESCRIPTION_PATTERN}. */
    public static final int KEY_MATERIAL_DESCRIPTION_MAX = 256;
    public static final String KEY_MATERIAL_DESCRIPTION_PATTERN = "^[a-zA-Z0-9:/_\\s.-]+$";
    /** AliasNameType. */
    public static final int ALIAS_NAME_MIN = 1;
    public static final int ALIAS_NAME_MAX = 256;
    public static final String ALIAS_NAME_PATTERN = "^[a-zA-Z0-9:/_-]+$";
    /** TagKeyType and TagValueType. */
    public static final int TAG_KEY_MIN = 1;
    public static final int TAG_KEY_MAX = 128;
    public static final int TAG_VALUE_MAX = 256;
    /** DescriptionType (a key's description). */
    public static final int DESCRIPTION_MAX = 8192;
    /** PendingWindowInDaysType allows 1..365; KMS documents (and enforces) 7 to 30 days. */
    public static final int PENDING_WINDOW_MIN_DAYS = 7;
    public static final int PENDING_WINDOW_MAX_DAYS = 30;
    /** BackingKeyIdType (a key material id): exactly 64 lowercase hexadecimal characters. */
    public static final int KEY_MATERIAL_ID_LENGTH = 64;
    public static final String KEY_MATERIAL_ID_PATTERN = "^[a-f0-9]+$";

    private static final Pattern KEY_MATERIAL_DESCRIPTION = Pattern.compile(KEY_MATERIAL_DESCRIPTION_PATTERN);
    private static final Pattern ALIAS_NAME = Pattern.compile(ALIAS_NAME_PATTERN);
    private static final Pattern KEY_MATERIAL_ID = Pattern.compile(KEY_MATERIAL_ID_PATTERN);

    private RequestRules() {
    }

    /** A key material description to send; empty when none (null or blank) was given, as an empty one is refused. */
    public static Optional<String> keyMaterialDescription(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(checkKeyMaterialDescription(description));
    }

    public static String checkKeyMaterialDescription(String description) {
        if (description == null || description.isEmpty()) {
            throw new ByokException("The key material description is empty. Give a short text (letters, digits, "
                    + "spaces and : / _ . -) or leave the description out.");
        }
        if (description.length() > KEY_MATERIAL_DESCRIPTION_MAX) {
            throw new ByokException("The key material description has " + description.length() + " characters; KMS "
                    + "accepts at most " + KEY_MATERIAL_DESCRIPTION_MAX + ". Shorten it.");
        }
        if (!KEY_MATERIAL_DESCRIPTION.matcher(description).matches()) {
            throw new ByokException("The key material description \"" + description + "\" contains "
                    + offending(description, KEY_MATERIAL_DESCRIPTION) + ", which KMS does not accept. Use only "
                    + "letters A-Z a-z, digits, spaces and : / _ . - (e.g. \"Bank A key 2027\").");
        }
        return description;
    }

    /** A full alias name (alias/NAME) as KMS accepts it in CreateAlias and UpdateAlias. */
    public static String checkAliasName(String alias) {
        String rest = alias.startsWith("alias/") ? alias.substring("alias/".length()) : "";
        if (rest.isEmpty() || alias.length() < ALIAS_NAME_MIN || alias.length() > ALIAS_NAME_MAX
                || !ALIAS_NAME.matcher(alias).matches() || alias.contains(":")) {
            throw new ByokException("Alias '" + alias + "' is not a valid alias name. Write alias/ followed by letters, "
                    + "digits, / _ and - (at most " + ALIAS_NAME_MAX + " characters in all), e.g. "
                    + "alias/customer-bank-a.");
        }
        if (rest.startsWith("aws/")) {
            throw new ByokException("Alias '" + alias + "' starts with alias/aws/, which AWS reserves for its own keys. "
                    + "Choose another name.");
        }
        return alias;
    }

    public static String checkTagKey(String key) {
        if (key == null || key.length() < TAG_KEY_MIN || key.length() > TAG_KEY_MAX || key.isBlank()) {
            throw new ByokException("Tag key '" + key + "' must have " + TAG_KEY_MIN + " to " + TAG_KEY_MAX
                    + " characters. Write the tag as key=value.");
        }
        if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            throw new ByokException("Tag key '" + key + "' starts with aws:, which AWS reserves. Choose another key.");
        }
        return key;
    }

    /** A tag value may be empty; it is sent as an empty string. */
    public static String checkTagValue(String key, String value) {
        String given = value == null ? "" : value;
        if (given.length() > TAG_VALUE_MAX) {
            throw new ByokException("The value of tag '" + key + "' has " + given.length() + " characters; KMS accepts "
                    + "at most " + TAG_VALUE_MAX + ". Shorten it.");
        }
        return given;
    }

    /** A key's description to send; empty when none (null or blank) was given. */
    public static Optional<String> keyDescription(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new ByokException("The key description has " + description.length() + " characters; KMS accepts at "
                    + "most " + DESCRIPTION_MAX + ". Shorten it.");
        }
        return Optional.of(description);
    }

    public static int checkPendingWindowDays(int days) {
        if (days < PENDING_WINDOW_MIN_DAYS || days > PENDING_WINDOW_MAX_DAYS) {
            throw new ByokException("The waiting period before deletion is " + days + " days; KMS accepts "
                    + PENDING_WINDOW_MIN_DAYS + " to " + PENDING_WINDOW_MAX_DAYS + ". Give a number of days in that "
                    + "range.");
        }
        return days;
    }

    /** A key material id as 'kms status' shows it; surrounding spaces and upper case are forgiven. */
    public static String checkKeyMaterialId(String id) {
        String normalized = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() != KEY_MATERIAL_ID_LENGTH || !KEY_MATERIAL_ID.matcher(normalized).matches()) {
            throw new ByokException("Key material id '" + id + "' is not valid: KMS key material ids are "
                    + KEY_MATERIAL_ID_LENGTH + " hexadecimal characters (0-9, a-f). Copy it from 'kms status'.");
        }
        return normalized;
    }

    /** The characters of {@code text} that {@code allowed} (a character class repeated) does not accept, quoted. */
    private static String offending(String text, Pattern allowed) {
        TreeSet<String> bad = new TreeSet<>();
        text.codePoints().mapToObj(Character::toString).filter(c -> !allowed.matcher(c).matches()).forEach(bad::add);
        StringBuilder out = new StringBuilder();
        for (String c : bad) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(c.isBlank() ? String.format("U+%04X", c.codePointAt(0)) : c);
        }
        return (bad.size() == 1 ? "the character " : "the characters ") + out;
    }
}
