package com.netcore.byok.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code CustomerEncryptionKey-receipt.txt}: {@code Label: value} lines that let the operator (and an auditor)
 * check the wrapped file and tie it to the wrapping key. It never holds the key; the check value is public.
 * When the key was split for custodians, it says so ({@code Key shares: split into 3-of-5 ...}), never more;
 * when the vendor's signature on the parameters was verified, it names that signer.
 */
public record Receipt(
        String fileName,
        long fileSize,
        String fileSha256,
        WrappingAlgorithm algorithm,
        int wrappingKeyBits,
        String wrappingKeySha256,
        Optional<String> keyArn,
        Optional<Instant> parametersValidTo,
        String kcv,
        String keySource,
        Optional<String> keyShares,
        Optional<String> parametersSignedBy,
        Instant created,
        String tool) {

    public static final String FILE_NAME = "CustomerEncryptionKey-receipt.txt";
    static final String TITLE = "# BYOK Wizard receipt. Send it with the wrapped key file; it holds no secret.";
    static final String FILE = "File";
    static final String SIZE = "File size";
    static final String SHA256 = "File SHA-256";
    static final String ALGORITHM = "Wrapping algorithm";
    static final String METHOD = "Wrapping method";
    static final String KEY_SIZE = "Wrapping key size";
    static final String KEY_SHA256 = "Wrapping key SHA-256";
    static final String ARN = "Key ARN";
    static final String VALID_TO = "Parameters valid to";
    static final String SOURCE = "Key source";
    static final String SHARES = "Key shares";
    static final String SIGNED_BY = "Parameters signed by";
    static final int MAX_FILE_BYTES = 64 * 1024;
    static final String CREATED = "Created";
    static final String TOOL = "Tool";

    public String format() {
        StringBuilder out = new StringBuilder(TITLE).append('\n');
        line(out, FILE, fileName);
        line(out, SIZE, fileSize + " bytes");
        line(out, SHA256, fileSha256);
        line(out, ALGORITHM, algorithm.name());
        line(out, METHOD, algorithm.describe());
        line(out, KEY_SIZE, wrappingKeyBits + " bits");
        line(out, KEY_SHA256, wrappingKeySha256);
        keyArn.ifPresent(arn -> line(out, ARN, arn));
        parametersValidTo.ifPresent(t -> line(out, VALID_TO, t.toString()));
        line(out, KeyCheckValue.LABEL, kcv);
        line(out, SOURCE, keySource);
        keyShares.ifPresent(shares -> line(out, SHARES, shares));
        parametersSignedBy.ifPresent(signer -> line(out, SIGNED_BY, signer));
        line(out, CREATED, created.truncatedTo(ChronoUnit.SECONDS).toString());
        line(out, TOOL, tool);
        return out.toString();
    }

    public byte[] bytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value).append('\n');
    }

    public static Receipt load(Path file) {
        String what = "Receipt " + file;
        String text = new String(SafeFiles.readSmall(file, what, MAX_FILE_BYTES), StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.replace("\uFEFF", "").split("\\r?\\n")) {
            int colon = line.indexOf(':');
            if (!line.startsWith("#") && colon > 0) {
                values.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String fileName = required(values, FILE, what);
        if (!fileName.equals(WrappedKeyFiles.WRAPPED_FILE)) {
            throw new ByokException(what + " names '" + abbreviate(fileName) + "' as its file, but a receipt always "
                    + "names " + WrappedKeyFiles.WRAPPED_FILE + ", the file beside it. Use the receipt exactly as the "
                    + "wizard wrote it.");
        }
        try {
            return new Receipt(
                    fileName,
                    Long.parseLong(required(values, SIZE, what).replaceFirst("\\s*bytes$", "")),
                    Hex.normalize(required(values, SHA256, what)),
                    WrappingAlgorithm.parse(required(values, ALGORITHM, what)),
                    Integer.parseInt(required(values, KEY_SIZE, what).replaceFirst("\\s*bits$", "")),
                    Hex.normalize(required(values, KEY_SHA256, what)),
                    Optional.ofNullable(values.get(ARN)),
                    Optional.ofNullable(values.get(VALID_TO)).map(Instant::parse),
                    required(values, KeyCheckValue.LABEL, what),
                    values.getOrDefault(SOURCE, ""),
                    Optional.ofNullable(values.get(SHARES)),
                    Optional.ofNullable(values.get(SIGNED_BY)),
                    Instant.parse(required(values, CREATED, what)),
                    values.getOrDefault(TOOL, ""));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ByokException(what + " has a damaged value (" + e.getMessage() + "). Use the receipt exactly as "
                    + "the wizard wrote it.");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    private static String required(Map<String, String> values, String label, String what) {
        String value = values.get(label);
        if (value == null || value.isEmpty()) {
            throw new ByokException(what + " has no '" + label + ":' line. Use the receipt exactly as the wizard wrote it.");
        }
        return value;
    }
}
