package com.netcore.byok.core;

import static com.netcore.byok.core.ShareCodes.CHECKSUM_BYTES;
import static com.netcore.byok.core.ShareCodes.COMPACT_PREFIX;
import static com.netcore.byok.core.ShareCodes.DATA_LINES;
import static com.netcore.byok.core.ShareCodes.LINE_BYTES;
import static com.netcore.byok.core.ShareCodes.LINE_DIGITS;
import static com.netcore.byok.core.ShareCodes.isHexDigit;
import static com.netcore.byok.core.ShareCodes.isSpace;
import static com.netcore.byok.core.ShareWriter.CHECKSUM;
import static com.netcore.byok.core.ShareWriter.CREATED;
import static com.netcore.byok.core.ShareWriter.CUSTODIAN;
import static com.netcore.byok.core.ShareWriter.DATA;
import static com.netcore.byok.core.ShareWriter.FORMAT;
import static com.netcore.byok.core.ShareWriter.KCV;
import static com.netcore.byok.core.ShareWriter.LABELS;
import static com.netcore.byok.core.ShareWriter.MADE;
import static com.netcore.byok.core.ShareWriter.NEEDED;
import static com.netcore.byok.core.ShareWriter.NUMBER;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One pass over share text, line by line; the values and share bytes it reads land in {@link ShareFields}. */
final class ShareScan extends ShareFields {
    ShareScan(CharSequence text, boolean live) {
        super(text, live);
    }

    List<ShareCheck.LineState> lineStates() {
        return List.of(states);
    }

    void wipe() {
        data.destroy();
    }

    KeyShare share() {
        return new KeyShare(kcv, new ShareScheme(needed, made), number, custodian, Optional.ofNullable(created),
                data.copy());
    }

    ShareProblem run() {
        ShareProblem unsupported = formatFirst();
        if (unsupported != null) {
            return unsupported;
        }
        ShareProblem problem = eachLine((lineNumber, start, end) ->
                line(lineNumber, start, end, live && end == text.length()));
        if (problem != null) {
            return problem;
        }
        return whole();
    }

    /** An unsupported format version is reported before anything else in the file. */
    private ShareProblem formatFirst() {
        return eachLine((lineNumber, start, end) -> {
            int colon = indexOf(':', start, end);
            if (colon <= 0) {
                return null;
            }
            // only the label is copied; for Format and the one-line form, the version after it
            String label = text.subSequence(start, colon).toString().strip();
            int valueEnd = label.equalsIgnoreCase(COMPACT_PREFIX) ? indexOf(':', colon + 1, end)
                    : label.equalsIgnoreCase(FORMAT) ? end : -1;
            String value = text.subSequence(colon + 1, valueEnd < 0 ? colon + 1 : valueEnd).toString().strip();
            if (value.matches("\\d{1,4}") && Integer.parseInt(value) != KeyShare.FORMAT) {
                return new ShareProblem("Line " + lineNumber + " says format version " + value + ", which this "
                        + "BYOK Wizard does not read (it reads version " + KeyShare.FORMAT + "). Use the BYOK "
                        + "Wizard version that wrote the share, or a newer one.", lineNumber, 0, false, true);
            }
            return null;
        });
    }

    /** One line of the text, from {@code start} to {@code end} (its line break, or the text's end). */
    private interface LineCheck {
        ShareProblem check(int lineNumber, int start, int end);
    }

    /** Runs {@code check} on every line in order; the first problem found, or null. */
    private ShareProblem eachLine(LineCheck check) {
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            lineNumber++;
            ShareProblem problem = check.check(lineNumber, start, end);
            if (problem != null) {
                return problem;
            }
            start = end + 1;
        }
        return null;
    }

    private ShareProblem line(int n, int start, int end, boolean typing) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end || text.charAt(start) == '#') {
            return null;
        }
        if (compactSeen) {
            return ShareProblem.at(n, "Line " + n + " follows a one-line share (" + COMPACT_PREFIX + ":...). "
                    + "Give the one-line form alone, or the share's lines as its sheet shows them.");
        }
        int colon = indexOf(':', start, end);
        if (colon < 0) {
            return unlabelled(n, start, end, typing);
        }
        String label = text.subSequence(start, colon).toString().strip().replaceAll("\\s+", " ");
        if (label.equalsIgnoreCase(COMPACT_PREFIX)) {
            if (recognized > 0) {
                return ShareProblem.at(n, "Line " + n + " is a one-line share (" + COMPACT_PREFIX + ":...) after other "
                        + "share lines. Give the one-line form alone.");
            }
            compactSeen = true;
            recognized++;
            return compact(n, colon + 1, end, typing);
        }
        int dataNumber = dataLabel(label);
        if (dataNumber > 0) {
            if (dataNumber > DATA_LINES) {
                return ShareProblem.at(n, "Line " + n + " is labelled as a data line after the last; a share has data lines 1 to "
                        + DATA_LINES + " only.");
            }
            return data(n, dataNumber, colon + 1, end, typing, true);
        }
        String value = text.subSequence(colon + 1, end).toString().strip();
        return labelled(n, label, value, typing);
    }

    private ShareProblem unlabelled(int n, int start, int end, boolean typing) {
        boolean allHex = allHexOrSeparators(start, end);
        if (allHex && nextDataLine() > 0) {
            return nextData(n, start, end, typing);
        }
        for (String known : LABELS) {
            String label = known.startsWith(DATA) ? DATA + " " + (nextDataLine() == 0 ? "N" : nextDataLine()) : known;
            if (startsLike(known.startsWith(DATA) ? DATA : known, start, end, typing ? 1 : 3)) {
                recognized++;
                if (typing) {
                    return ShareProblem.typing(n, "Line " + n + ": go on typing '" + label + ": ...'.");
                }
                return ShareProblem.at(n, "Line " + n + " lacks the colon after '" + label + "'. Write it as '" + label
                        + ": ...'.");
            }
        }
        if (allHex || mostlyHex(start, end)) {
            return nextData(n, start, end, typing); // a data line with a stray character: data() names it
        }
        return ShareProblem.at(n, "Line " + n + " is not part of a key share. Lines are 'Label: value' (e.g. '"
                + NUMBER + ": 2') or data lines of hex groups, as the sheet shows them.");
    }

    private ShareProblem nextData(int n, int start, int end, boolean typing) {
        int dataNumber = nextDataLine();
        if (dataNumber == 0) {
            return ShareProblem.at(n, "Line " + n + " is a fifth data line; a share has " + DATA_LINES
                    + ". Remove the extra line.");
        }
        return data(n, dataNumber, start, end, typing, false);
    }

    /** At least 8 hex digits and at most a quarter other characters: a data line with a typo. */
    private boolean mostlyHex(int start, int end) {
        int hex = 0;
        int other = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isHexDigit(c)) {
                hex++;
            } else if (!isSpace(c) && c != '/') {
                other++;
            }
        }
        return hex >= 8 && other * 4 <= hex + other;
    }

    private boolean allHexOrSeparators(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isHexDigit(c) && !isSpace(c) && c != '/') {
                return false;
            }
        }
        return true;
    }

    /** The line starts with {@code label}, or with the beginning of it (at least {@code min} characters). */
    private boolean startsLike(String label, int start, int end, int min) {
        int length = Math.min(end - start, label.length());
        if (length < Math.min(min, label.length())) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Character.toLowerCase(text.charAt(start + i)) != Character.toLowerCase(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private ShareProblem labelled(int n, String label, String value, boolean typing) {
        int slot = LABELS.indexOf(canonical(label));
        if (slot < 0) {
            return ShareProblem.at(n, "Line " + n + " has a label that a key share does not have. Its labels are " + FORMAT + ", " + KCV + ", " + NUMBER + ", " + MADE + ", " + NEEDED + ", "
                    + CUSTODIAN + ", " + CREATED + ", " + DATA + " 1 to " + DATA_LINES + " and " + CHECKSUM + ".");
        }
        String name = LABELS.get(slot);
        recognized++;
        if (firstLine[slot] > 0) {
            return ShareProblem.at(n, "Line " + n + " repeats '" + name + "' (first on line " + firstLine[slot]
                    + "). Keep one of them.");
        }
        if (value.isEmpty() && typing) {
            return ShareProblem.typing(n, "Line " + n + ": type the value of '" + name + "'.");
        }
        ShareProblem problem = switch (name) {
            case FORMAT -> formatValue(n, value);
            case KCV -> kcvValue(n, value, typing);
            case NUMBER -> {
                Integer v = number(value, 1);
                number = v;
                yield v == null ? ShareProblem.at(n, "Line " + n + ": '" + NUMBER + "' must be a number from 1 to "
                        + ShareScheme.MAX_COUNT + ".") : null;
            }
            case MADE -> {
                Integer v = number(value, ShareScheme.MIN_THRESHOLD);
                made = v;
                yield v == null ? ShareProblem.at(n, "Line " + n + ": '" + MADE + "' must be a number from "
                        + ShareScheme.MIN_THRESHOLD + " to " + ShareScheme.MAX_COUNT + ".") : null;
            }
            case NEEDED -> {
                Integer v = number(value, ShareScheme.MIN_THRESHOLD);
                needed = v;
                yield v == null ? ShareProblem.at(n, "Line " + n + ": '" + NEEDED + "' must be a number from "
                        + ShareScheme.MIN_THRESHOLD + " to " + ShareScheme.MAX_COUNT + ".") : null;
            }
            case CUSTODIAN -> {
                custodian = value;
                yield null;
            }
            case CREATED -> createdValue(n, value, typing);
            case CHECKSUM -> checksumValue(n, value, typing);
            default -> throw new IllegalStateException(name);
        };
        if (problem == null) {
            firstLine[slot] = n;
        }
        return problem;
    }


    private int nextDataLine() {
        for (int i = 0; i < DATA_LINES; i++) {
            if (firstLine[LABELS.size() + i] == 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** After the last line: values that belong together, what is missing, and the checksum. */
    private ShareProblem whole() {
        int neededLine = firstLine[LABELS.indexOf(NEEDED)];
        int numberLine = firstLine[LABELS.indexOf(NUMBER)];
        if (made != null && needed != null && needed > made) {
            return ShareProblem.at(neededLine, "Line " + neededLine + ": " + needed + " shares needed out of " + made
                    + " made cannot be right. Compare '" + NEEDED + "' and '" + MADE + "' with the sheet.");
        }
        if (made != null && number != null && number > made) {
            return ShareProblem.at(numberLine, "Line " + numberLine + ": share number " + number + " is more than the "
                    + made + " shares made. Compare '" + NUMBER + "' and '" + MADE + "' with the sheet.");
        }
        List<String> missing = new ArrayList<>();
        if (format == null) {
            missing.add("'" + FORMAT + ": 1'");
        }
        if (kcv == null) {
            missing.add("'" + KCV + "'");
        }
        if (number == null) {
            missing.add("'" + NUMBER + "'");
        }
        if (made == null) {
            missing.add("'" + MADE + "'");
        }
        if (needed == null) {
            missing.add("'" + NEEDED + "'");
        }
        for (int i = 0; i < DATA_LINES; i++) {
            if (states[i] != ShareCheck.LineState.OK) {
                missing.add("'" + DATA + " " + (i + 1) + "'");
            }
        }
        if (checksum == null) {
            missing.add("'" + CHECKSUM + "'");
        }
        if (!missing.isEmpty()) {
            String list = String.join(", ", missing);
            return live ? ShareProblem.typing(0, "Still to type: " + list + ".")
                    : ShareProblem.at(0, "The share is incomplete: it has no " + list + " line"
                            + (missing.size() > 1 ? "s" : "") + ". Use the share file exactly as it was written, "
                            + "or type the missing lines from the sheet.");
        }
        int checksumLine = firstLine[LABELS.indexOf(CHECKSUM)];
        byte[] expected = ShareCodes.checksum(kcv, new ShareScheme(needed, made), number, data);
        if (!MessageDigest.isEqual(expected, checksum)) {
            return ShareProblem.at(checksumLine, compactSeen
                    ? "The one-line share does not match its checksum: a character was changed. Scan or copy it again."
                    : "Line " + checksumLine + ": the checksum does not match the share. The data lines pass their "
                            + "checks, so compare '" + KCV + "', '" + NUMBER + "', '" + MADE + "', '" + NEEDED
                            + "' and the checksum itself with the sheet.");
        }
        return null;
    }

    private int indexOf(char wanted, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The number of a data line label ({@code Data 2}, or just {@code 2}), 0 if not one. */
    private static int dataLabel(String label) {
        String number = label.regionMatches(true, 0, DATA, 0, DATA.length()) ? label.substring(DATA.length()).strip()
                : label;
        return number.matches("\\d{1,2}") ? Integer.parseInt(number) : 0;
    }

    private static String canonical(String label) {
        for (String known : LABELS) {
            if (known.equalsIgnoreCase(label)) {
                return known;
            }
        }
        if (label.equalsIgnoreCase("KCV (AES-CMAC)") || label.equalsIgnoreCase("Key KCV") || label.equalsIgnoreCase("KCV")) {
            return KCV;
        }
        return label;
    }
}
