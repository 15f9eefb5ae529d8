package com.netcore.byok.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every form in which a secret's bytes may sit in memory: raw, each 16-byte half, hex (upper, lower, and each
 * half), base64 (standard and URL-safe, without padding), each text form as Latin-1/ASCII bytes (compact
 * Strings, byte[]) and as UTF-16LE (char[], non-Latin-1 Strings). Extra text (e.g. a share's typed lines) may
 * be added as further forms.
 */
public final class SecretForms {
    private final String name;
    private final Map<String, byte[]> patterns = new LinkedHashMap<>();

    private SecretForms(String name) {
        this.name = name;
    }

    /** The standard forms of {@code secret} (at least 32 bytes) named {@code name}, e.g. "key" or "share 2". */
    public static SecretForms of(String name, byte[] secret) {
        SecretForms forms = new SecretForms(name);
        int half = secret.length / 2;
        byte[] first = java.util.Arrays.copyOfRange(secret, 0, half);
        byte[] second = java.util.Arrays.copyOfRange(secret, half, secret.length);
        forms.patterns.put("raw", secret.clone());
        forms.patterns.put("raw half 1", first);
        forms.patterns.put("raw half 2", second);
        forms.text("hex lower", HexFormat.of().formatHex(secret));
        forms.text("hex upper", HexFormat.of().withUpperCase().formatHex(secret));
        forms.text("hex lower half 1", HexFormat.of().formatHex(first));
        forms.text("hex lower half 2", HexFormat.of().formatHex(second));
        forms.text("hex upper half 1", HexFormat.of().withUpperCase().formatHex(first));
        forms.text("hex upper half 2", HexFormat.of().withUpperCase().formatHex(second));
        forms.text("base64", Base64.getEncoder().withoutPadding().encodeToString(secret));
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        if (!urlSafe.equals(Base64.getEncoder().withoutPadding().encodeToString(secret))) {
            forms.text("base64url", urlSafe);
        }
        return forms;
    }

    /**
     * The RSA input of a wrap, {@code encoded} (the OAEP block, from which the wrapped secret can be computed
     * without any key), in the forms RSA arithmetic holds it: the bytes, and the words of a {@code BigInteger}
     * ({@code int[]}, most significant word first, each word little-endian in memory) of the number itself and of
     * its Montgomery form ({@code number * 2^(32 * words of n) mod n}), where modular exponentiation starts.
     */
    public static SecretForms rsaInput(String name, byte[] encoded, java.math.BigInteger modulus) {
        SecretForms forms = new SecretForms(name);
        java.math.BigInteger number = new java.math.BigInteger(1, encoded);
        int words = (modulus.bitLength() + 31) / 32;
        forms.patterns.put("bytes", magnitude(number));
        forms.patterns.put("number words", words(number));
        forms.patterns.put("Montgomery form words", words(number.shiftLeft(32 * words).mod(modulus)));
        return forms;
    }

    private static byte[] magnitude(java.math.BigInteger number) {
        byte[] bytes = number.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static byte[] words(java.math.BigInteger number) {
        byte[] bytes = magnitude(number);
        byte[] padded = new byte[(bytes.length + 3) / 4 * 4];
        System.arraycopy(bytes, 0, padded, padded.length - bytes.length, bytes.length);
        for (int i = 0; i < padded.length; i += 4) {
            byte b0 = padded[i];
            byte b1 = padded[i + 1];
            padded[i] = padded[i + 3];
            padded[i + 1] = padded[i + 2];
            padded[i + 2] = b1;
            padded[i + 3] = b0;
        }
        return padded;
    }

    /** Adds a text form, searched as ASCII and as UTF-16LE. */
    public SecretForms text(String form, String text) {
        patterns.put(form, text.getBytes(StandardCharsets.ISO_8859_1));
        patterns.put(form + " (UTF-16)", text.getBytes(StandardCharsets.UTF_16LE));
        return this;
    }

    public String name() {
        return name;
    }

    /** Form name to the bytes searched for. */
    public Map<String, byte[]> patterns() {
        return patterns;
    }

    /** The forms of several secrets as one list of labelled patterns, "name: form". */
    static List<Map.Entry<String, byte[]>> labelled(List<SecretForms> secrets) {
        List<Map.Entry<String, byte[]>> all = new ArrayList<>();
        for (SecretForms secret : secrets) {
            secret.patterns.forEach((form, bytes) -> all.add(Map.entry(secret.name + ": " + form, bytes)));
        }
        return all;
    }
}
