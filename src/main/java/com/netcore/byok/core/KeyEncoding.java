package com.netcore.byok.core;

import java.util.Arrays;
import java.util.Base64;

/**
 * Turns what a person supplies into exactly {@value SecretKeyMaterial#LENGTH} key bytes:
 * 32 raw bytes, or hex text (any case; spaces, colons and newlines allowed), or base64 text.
 * Intermediate buffers are wiped; error messages name the source and position, never the key.
 */
public final class KeyEncoding {
    static final int HEX_DIGITS = SecretKeyMaterial.LENGTH * 2;
    static final int BASE64_CHARS = 44;
    private static final String FORMATS = "32 raw bytes, 64 hex digits or 44 base64 characters";

    private KeyEncoding() {
    }

    /** Decodes file content; wipes {@code content} before returning. {@code what} names the source. */
    public static SecretKeyMaterial fromFileContent(byte[] content, String what) {
        char[] text = null;
        try {
            if (content.length == 0) {
                throw new ByokException(what + " is empty. It must hold " + FORMATS + ".");
            }
            if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                    || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
                throw new ByokException(what + " is UTF-16 text. Save it as plain ASCII or UTF-8 text.");
            }
            if (isText(content)) {
                int start = hasUtf8Bom(content) ? 3 : 0;
                text = new char[content.length - start];
                for (int i = start; i < content.length; i++) {
                    text[i - start] = (char) content[i];
                }
                return fromText(text, what);
            }
            if (content.length == SecretKeyMaterial.LENGTH) {
                return checkedNotZero(SecretKeyMaterial.copyOf(content), what);
            }
            throw new ByokException(what + " holds " + content.length + " bytes of binary data. It must hold "
                    + FORMATS + ".");
        } finally {
            Arrays.fill(content, (byte) 0);
            if (text != null) {
                Arrays.fill(text, '\0');
            }
        }
    }

    /** Decodes hex or base64 text that a person typed or pasted; the caller wipes {@code text}. */
    public static SecretKeyMaterial fromText(char[] text, String what) {
        int significant = 0;
        int nonHex = 0;
        boolean base64Alphabet = true;
        for (char c : text) {
            if (isSpace(c)) {
                continue;
            }
            significant++;
            if (!isHexDigit(c) && c != ':') {
                nonHex++;
            }
            if (!isBase64(c)) {
                base64Alphabet = false;
            }
        }
        if (significant == 0) {
            throw new ByokException(what + " holds no key characters. It must hold 64 hex digits or 44 base64 characters.");
        }
        boolean looksHex = nonHex == 0 || (significant >= HEX_DIGITS - 8 && nonHex <= 4);
        if (looksHex) {
            if (nonHex > 0) {
                throw invalidCharacter(text, what, KeyEncoding::isHexOrColon, "is not a hex digit");
            }
            return checkedNotZero(decodeHex(text, what), what);
        }
        if (!base64Alphabet) {
            throw invalidCharacter(text, what, c -> isBase64(c) || isHexOrColon(c), "is neither hex nor base64");
        }
        return checkedNotZero(decodeBase64(text, significant, what), what);
    }

    private static SecretKeyMaterial decodeHex(char[] text, String what) {
        int digits = 0;
        for (char c : text) {
            if (isHexDigit(c)) {
                digits++;
            }
        }
        if (digits != HEX_DIGITS) {
            String problem = digits % 2 == 1
                    ? digits + " hex digits, an odd number: a digit is missing or doubled"
                    : digits + " hex digits (" + digits / 2 + " bytes)";
            throw new ByokException(what + " has " + problem + ". A 256-bit key is " + HEX_DIGITS
                    + " hex digits (32 bytes).");
        }
        SecretKeyMaterial key = SecretKeyMaterial.zeroed(SecretKeyMaterial.LENGTH); // decoded in place
        int nibble = 0;
        for (char c : text) {
            if (isHexDigit(c)) {
                int value = Character.digit(c, 16);
                key.set(nibble / 2, (byte) (key.get(nibble / 2) | (nibble % 2 == 0 ? value << 4 : value)));
                nibble++;
            }
        }
        return key;
    }

    private static SecretKeyMaterial decodeBase64(char[] text, int significant, String what) {
        byte[] ascii = new byte[significant];
        boolean urlSafe = false;
        int n = 0;
        for (char c : text) {
            if (!isSpace(c)) {
                urlSafe |= c == '-' || c == '_';
                ascii[n++] = (byte) c;
            }
        }
        byte[] decoded = null;
        try {
            decoded = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(ascii);
        } catch (IllegalArgumentException e) {
            throw new ByokException(what + " is not valid base64 (" + significant
                    + " characters; check for a missing or extra character or misplaced '='). A 256-bit key is "
                    + BASE64_CHARS + " base64 characters.");
        } finally {
            Arrays.fill(ascii, (byte) 0);
        }
        if (decoded.length != SecretKeyMaterial.LENGTH) {
            Arrays.fill(decoded, (byte) 0);
            throw new ByokException(what + " decodes as base64 to " + decoded.length
                    + " bytes. A 256-bit key is 32 bytes (" + BASE64_CHARS + " base64 characters).");
        }
        return SecretKeyMaterial.adopt(decoded);
    }

    private static SecretKeyMaterial checkedNotZero(SecretKeyMaterial key, String what) {
        if (key.isAllZero()) {
            key.destroy();
            throw new ByokException(what + " is all zeros. That is not a usable key; use a randomly generated one.");
        }
        return key;
    }

    private interface CharTest {
        boolean accepts(char c);
    }

    private static ByokException invalidCharacter(char[] text, String what, CharTest valid, String problem) {
        int line = 1;
        int column = 0;
        for (char c : text) {
            if (c == '\n') {
                line++;
                column = 0;
                continue;
            }
            column++;
            if (!isSpace(c) && !valid.accepts(c)) {
                return new ByokException(what + ": character " + describe(c) + " at line " + line + ", column "
                        + column + " " + problem + ". Correct it and try again.");
            }
        }
        return new ByokException(what + " holds characters that are neither hex nor base64.");
    }

    private static String describe(char c) {
        return c > 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private static boolean isText(byte[] content) {
        for (int i = hasUtf8Bom(content) ? 3 : 0; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (!(b >= 0x20 && b < 0x7F) && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF';
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isHexOrColon(char c) {
        return isHexDigit(c) || c == ':';
    }

    private static boolean isBase64(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '+' || c == '/' || c == '=' || c == '-' || c == '_';
    }

    /** Wipes a char buffer used for typed secrets. */
    public static void wipe(char[] chars) {
        Arrays.fill(chars, '\0');
    }
}
