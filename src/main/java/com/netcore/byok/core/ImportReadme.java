package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What {@code README.txt} of a set of import parameters says. Our operator tab writes fixed
 * {@code Label: value} lines, read exactly; AWS's console writes free text whose labels are not published,
 * read tolerantly. Two different values for the same thing are an error, never a guess.
 */
public record ImportReadme(
        Path file,
        boolean ownFormat,
        Optional<WrappingAlgorithm> algorithm,
        Optional<Integer> keySpecBits,
        Optional<String> keyArn,
        Optional<Instant> validTo,
        boolean validToZoneAssumed,
        Optional<String> fingerprint) {

    public static final String FILE_NAME = "README.txt";
    public static final String HEADER = "BYOK Wizard import parameters";
    public static final String LABEL_KEY_ARN = "Key ARN";
    public static final String LABEL_ALGORITHM = "Wrapping algorithm";
    public static final String LABEL_KEY_SPEC = "Wrapping key spec";
    public static final String LABEL_VALID_TO = "Parameters valid to";
    public static final String LABEL_FINGERPRINT = "Public key SHA-256";
    /** KMS import parameters are valid for 24 hours after download. */
    public static final Duration VALIDITY = Duration.ofHours(24);
    /** The furthest ahead an expiry can plausibly be: 24 hours plus 5 minutes of clock difference. */
    public static final Duration LONGEST_VALIDITY = VALIDITY.plusMinutes(5);

    /** A real README is about 1 KB of short lines; the bounds keep a hostile file from costing time. */
    static final int MAX_FILE_BYTES = 64 * 1024;
    static final int MAX_LINE_CHARS = 4096;
    private static final Pattern ALGORITHM_TOKEN = Pattern.compile("(?<![A-Za-z0-9_])(RSA_AES_KEY_WRAP_SHA_256|"
            + "RSA_AES_KEY_WRAP_SHA_1|RSAES_OAEP_SHA_256|RSAES_OAEP_SHA_1|RSAES_PKCS1_V1_5|SM2PKE)(?![A-Za-z0-9_])");
    private static final Pattern KEY_SPEC_TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:RSA[_ -]?(2048|3072|4096)|(SM2))(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARN = Pattern.compile(
            "arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:key/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                    + "|mrk-[0-9a-f]{32})");
    private static final Pattern EXPIRY_WORDS = Pattern.compile(
            "expir|valid\\s*(?:to|until|till|through|thru)|\\buntil\\b|no longer valid|validTo", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUED_WORDS = Pattern.compile(
            "download|generat|creat|issued|requested", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWENTY_FOUR_HOURS = Pattern.compile("24\\s*(?:-\\s*)?h(?:ou)?rs?\\b", Pattern.CASE_INSENSITIVE);

    public static ImportReadme load(Path file) {
        return parse(file, readBytes(file));
    }

    /** The exact bytes of a README file, as its signature covers them. */
    public static byte[] readBytes(Path file) {
        return SafeFiles.readSmall(file, "README file " + file, MAX_FILE_BYTES);
    }

    /** Reads README text from {@code content}, the bytes of {@code file} (e.g. the ones a signature covered). */
    public static ImportReadme parse(Path file, byte[] content) {
        String what = "README file " + file;
        String text = decode(content);
        if (text.isBlank()) {
            throw new ByokException(what + " is empty. Copy " + FILE_NAME + " again from the operator's download.");
        }
        List<String> lines = List.of(text.split("\\r\\n|\\r|\\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE_CHARS) {
                throw new ByokException(what + " line " + (i + 1) + " is " + lines.get(i).length() + " characters long, "
                        + "but a README of import parameters has short lines (at most " + MAX_LINE_CHARS
                        + "). Check that you chose the right file, or ask the operator for it again.");
            }
        }
        boolean own = lines.stream().filter(l -> !l.isBlank()).findFirst().map(String::strip).orElse("").equals(HEADER);
        return own ? parseOwn(file, lines, what) : parseFree(file, lines, what);
    }

    /** The README this tool's operator tab writes; {@link #load} reads it back exactly. */
    public static String write(String keyArn, WrappingAlgorithm algorithm, int keyBits, Instant validTo,
                               String fingerprint) {
        return HEADER + "\n"
                + LABEL_KEY_ARN + ": " + keyArn + "\n"
                + LABEL_ALGORITHM + ": " + algorithm.name() + "\n"
                + LABEL_KEY_SPEC + ": RSA_" + keyBits + "\n"
                + LABEL_VALID_TO + ": " + validTo + "\n"
                + LABEL_FINGERPRINT + ": " + fingerprint + "\n"
                + "\n"
                + "Give WrappingPublicKey.bin and this README.txt to the customer. Keep ImportToken.bin.\n"
                + "Read the public key SHA-256 above to the customer by a second channel (phone, video call)\n"
                + "so they can compare it with what their wizard shows before wrapping their key.\n";
    }

    private static ImportReadme parseOwn(Path file, List<String> lines, String what) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int colon = lines.get(i).indexOf(':');
            if (colon > 0) {
                String label = lines.get(i).substring(0, colon).strip();
                String value = lines.get(i).substring(colon + 1).strip();
                if (values.containsKey(label) && !values.get(label).equals(value)) {
                    throw new ByokException(what + " gives '" + label + "' twice with different values (lines "
                            + lineOf.get(label) + " and " + (i + 1) + "). Ask the operator for the README again.");
                }
                values.put(label, value);
                lineOf.put(label, i + 1);
            }
        }
        for (String label : List.of(LABEL_KEY_ARN, LABEL_ALGORITHM, LABEL_KEY_SPEC, LABEL_VALID_TO, LABEL_FINGERPRINT)) {
            if (values.getOrDefault(label, "").isEmpty()) {
                throw new ByokException(what + " has no '" + label + ":' line, so it was changed after the operator "
                        + "wrote it. Ask the operator for the README again.");
            }
        }
        String arn = values.get(LABEL_KEY_ARN);
        if (!ARN.matcher(arn).matches()) {
            throw new ByokException(what + " line " + lineOf.get(LABEL_KEY_ARN) + ": '" + arn
                    + "' is not a KMS key ARN. Ask the operator for the README again.");
        }
        WrappingAlgorithm algorithm = WrappingAlgorithm.find(values.get(LABEL_ALGORITHM)).orElseThrow(() ->
                new ByokException(what + " line " + lineOf.get(LABEL_ALGORITHM) + ": "
                        + WrappingAlgorithm.refusal(values.get(LABEL_ALGORITHM))));
        Matcher spec = Pattern.compile("RSA_(2048|3072|4096)").matcher(values.get(LABEL_KEY_SPEC));
        if (!spec.matches()) {
            throw new ByokException(what + " line " + lineOf.get(LABEL_KEY_SPEC) + ": '" + values.get(LABEL_KEY_SPEC)
                    + "' is not a wrapping key spec (RSA_2048, RSA_3072 or RSA_4096).");
        }
        Instant validTo;
        try {
            validTo = Instant.parse(values.get(LABEL_VALID_TO));
        } catch (DateTimeParseException e) {
            throw new ByokException(what + " line " + lineOf.get(LABEL_VALID_TO) + ": '" + values.get(LABEL_VALID_TO)
                    + "' is not a UTC ISO 8601 time (e.g. 2026-11-29T17:27:12Z).");
        }
        String fingerprint = Hex.normalize(values.get(LABEL_FINGERPRINT));
        if (!fingerprint.matches("[0-9a-f]{64}")) {
            throw new ByokException(what + " line " + lineOf.get(LABEL_FINGERPRINT)
                    + ": the public key SHA-256 is not 64 hex digits. Ask the operator for the README again.");
        }
        return new ImportReadme(file, true, Optional.of(algorithm), Optional.of(Integer.parseInt(spec.group(1))),
                Optional.of(arn), Optional.of(validTo), false, Optional.of(fingerprint));
    }

    private static ImportReadme parseFree(Path file, List<String> lines, String what) {
        Map<String, Integer> algorithms = new LinkedHashMap<>();
        Map<String, Integer> specs = new LinkedHashMap<>();
        Map<String, Integer> arns = new LinkedHashMap<>();
        List<DateTimes.Found> expiryDates = new ArrayList<>();
        List<DateTimes.Found> issuedDates = new ArrayList<>();
        List<DateTimes.Found> otherDates = new ArrayList<>();
        boolean says24Hours = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            collect(ALGORITHM_TOKEN.matcher(line), 1, algorithms, i + 1);
            Matcher spec = KEY_SPEC_TOKEN.matcher(line);
            while (spec.find()) {
                specs.putIfAbsent(spec.group(1) != null ? "RSA_" + spec.group(1) : "SM2", i + 1);
            }
            collect(ARN.matcher(line), 0, arns, i + 1);
            says24Hours |= TWENTY_FOUR_HOURS.matcher(line).find();
            boolean expiryLine = EXPIRY_WORDS.matcher(line).find();
            List<DateTimes.Found> dates = DateTimes.findAll(line, expiryLine);
            if (expiryLine) {
                expiryDates.addAll(dates);
            } else if (ISSUED_WORDS.matcher(line).find()) {
                issuedDates.addAll(dates);
            } else {
                otherDates.addAll(dates);
            }
        }
        Optional<WrappingAlgorithm> algorithm = Optional.ofNullable(single(algorithms, what, "wrapping algorithms"))
                .map(name -> WrappingAlgorithm.find(name).orElseThrow(() ->
                        new ByokException(what + " line " + algorithms.get(name) + ": " + WrappingAlgorithm.refusal(name))));
        String spec = single(specs, what, "wrapping key specs");
        if ("SM2".equals(spec)) {
            throw new ByokException(what + " names wrapping key spec SM2, which exists only in AWS China Regions and "
                    + "is not supported by this tool. Ask the operator for parameters with RSA_4096.");
        }
        Optional<Integer> bits = Optional.ofNullable(spec).map(s -> Integer.parseInt(s.substring(4)));
        Optional<String> arn = Optional.ofNullable(single(arns, what, "key ARNs"));

        DateTimes.Found expiry = singleDate(expiryDates, what);
        Instant validTo = null;
        boolean zoneAssumed = false;
        if (expiry != null) {
            validTo = expiry.instant();
            zoneAssumed = expiry.zoneAssumed();
        } else if (says24Hours && !issuedDates.isEmpty()) {
            DateTimes.Found issued = singleDate(issuedDates, what);
            validTo = issued.instant().plus(VALIDITY);
            zoneAssumed = issued.zoneAssumed();
        } else if (issuedDates.isEmpty() && distinct(otherDates).size() == 1) {
            // AWS documents that its README carries the expiry of the key and token
            validTo = otherDates.get(0).instant();
            zoneAssumed = otherDates.get(0).zoneAssumed();
        }
        return new ImportReadme(file, false, algorithm, bits, arn, Optional.ofNullable(validTo), zoneAssumed,
                Optional.empty());
    }

    private static void collect(Matcher matcher, int group, Map<String, Integer> into, int line) {
        while (matcher.find()) {
            into.putIfAbsent(matcher.group(group), line);
        }
    }

    private static String single(Map<String, Integer> found, String what, String plural) {
        if (found.size() > 1) {
            String list = found.entrySet().stream().map(e -> e.getKey() + " (line " + e.getValue() + ")")
                    .collect(Collectors.joining(" and "));
            throw new ByokException(what + " names two different " + plural + ": " + list
                    + ". The files may come from different downloads; ask the operator for one matching set.");
        }
        return found.isEmpty() ? null : found.keySet().iterator().next();
    }

    private static DateTimes.Found singleDate(List<DateTimes.Found> dates, String what) {
        Set<Instant> instants = distinct(dates);
        if (instants.size() > 1) {
            throw new ByokException(what + " gives different expiry times (" + dates.stream().map(d -> d.text().strip())
                    .distinct().collect(Collectors.joining(" and ")) + "). Ask the operator which applies, or for new "
                    + "import parameters.");
        }
        return dates.isEmpty() ? null : dates.get(0);
    }

    private static Set<Instant> distinct(List<DateTimes.Found> dates) {
        Set<Instant> instants = new LinkedHashSet<>();
        dates.forEach(d -> instants.add(d.instant()));
        return instants;
    }

    private static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(content, StandardCharsets.ISO_8859_1);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
