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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What a scan of share text has read so far, and how each kind of line is read: the labelled values, and the
 * data lines whose digits are read char by char and go only into {@link #data}. {@link ShareScan} walks the
 * lines. Messages point by line and group and never repeat share digits.
 */
abstract class ShareFields {
    final CharSequence text;
    final boolean live;
    final SecretKeyMaterial data = SecretKeyMaterial.zeroed(SecretKeyMaterial.LENGTH);
    final ShareCheck.LineState[] states = new ShareCheck.LineState[DATA_LINES];
    final int[] firstLine = new int[LABELS.size() + DATA_LINES];
    int recognized;
    boolean compactSeen;
    Integer format;
    String kcv;
    Integer number;
    Integer made;
    Integer needed;
    String custodian = "";
    LocalDate created;
    byte[] checksum;


    ShareFields(CharSequence text, boolean live) {
        this.text = text;
        this.live = live;
        Arrays.fill(states, ShareCheck.LineState.MISSING);
    }

    ShareProblem formatValue(int n, String value) {
        if (!value.equals(String.valueOf(KeyShare.FORMAT))) {
            return ShareProblem.at(n, "Line " + n + ": '" + FORMAT + "' must be a version number; this BYOK Wizard "
                    + "reads version " + KeyShare.FORMAT + ".");
        }
        format = KeyShare.FORMAT;
        return null;
    }

    ShareProblem kcvValue(int n, String value, boolean typing) {
        String hex = value.replace(" ", "");
        if (hex.length() < 6 && typing && isHexOrSeparator(hex)) {
            return ShareProblem.typing(n, "Line " + n + ": the key KCV has 6 hex digits; " + hex.length() + " typed.");
        }
        if (hex.length() != 6 || !isHexOrSeparator(hex)) {
            return ShareProblem.at(n, "Line " + n + ": the key KCV must be 6 hex digits, e.g. 3F2A91, as on the sheet.");
        }
        kcv = hex.toUpperCase(Locale.ROOT);
        return null;
    }

    static Integer number(String value, int min) {
        if (!value.matches("\\d{1,2}")) {
            return null;
        }
        int v = Integer.parseInt(value);
        return v >= min && v <= ShareScheme.MAX_COUNT ? v : null;
    }

    ShareProblem createdValue(int n, String value, boolean typing) {
        try {
            created = LocalDate.parse(value);
            return null;
        } catch (DateTimeParseException e) {
            if (typing && value.length() < 10) {
                return ShareProblem.typing(n, "Line " + n + ": type the date as YYYY-MM-DD.");
            }
            return ShareProblem.at(n, "Line " + n + ": '" + CREATED + "' must be a date like 2026-03-14. It is only "
                    + "informative; you may leave the line out.");
        }
    }

    ShareProblem checksumValue(int n, String value, boolean typing) {
        String hex = value.replace(" ", "");
        if (hex.length() < CHECKSUM_BYTES * 2 && typing && isHexOrSeparator(hex)) {
            return ShareProblem.typing(n, "Line " + n + ": the checksum has 8 hex digits; " + hex.length() + " typed.");
        }
        if (hex.length() != CHECKSUM_BYTES * 2 || !isHexOrSeparator(hex)) {
            return ShareProblem.at(n, "Line " + n + ": the checksum must be 8 hex digits in two groups, as on the sheet.");
        }
        checksum = HexFormat.of().parseHex(hex);
        return null;
    }

    /** A data line: four groups of share data and the check group, spaces and '/' anywhere. */
    ShareProblem data(int n, int dataNumber, int start, int end, boolean typing, boolean labelled) {
        int slot = LABELS.size() + dataNumber - 1;
        if (labelled) {
            recognized++;
        }
        String where = "Line " + n + " (data line " + dataNumber + ")";
        if (firstLine[slot] > 0) {
            return ShareProblem.at(n, where + " repeats data line " + dataNumber + " (first on line " + firstLine[slot]
                    + "). Keep one of them.");
        }
        int[] nibbles = new int[LINE_DIGITS];
        try {
            int digits = 0;
            int lineStart = start;
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
                lineStart--;
            }
            int groupLength = 0;
            int groups = 0;
            int oddGroup = 0;
            int oddLength = 0;
            for (int i = start; i <= end; i++) {
                char c = i < end ? text.charAt(i) : ' ';
                if (isHexDigit(c)) {
                    if (digits == LINE_DIGITS) {
                        states[dataNumber - 1] = ShareCheck.LineState.WRONG;
                        return ShareProblem.at(n, where + " has more than " + LINE_DIGITS + " hex digits (four groups of "
                                + "share data and one check group). A digit is doubled, or two lines were joined.");
                    }
                    nibbles[digits++] = Character.digit(c, 16);
                    groupLength++;
                } else if (isSpace(c) || c == '/') {
                    if (groupLength > 0) {
                        groups++;
                        if (groupLength != 4 && oddGroup == 0) {
                            oddGroup = groups;
                            oddLength = groupLength;
                        }
                    }
                    groupLength = 0;
                } else {
                    states[dataNumber - 1] = ShareCheck.LineState.WRONG;
                    return new ShareProblem(where + ": character " + describe(c) + " at column " + (i - lineStart + 1)
                            + " is not a hex digit (0-9, A-F)" + hint(c) + ".", n, digits / 4 + 1, false, false);
                }
            }
            if (digits < LINE_DIGITS) {
                if (typing) {
                    states[dataNumber - 1] = ShareCheck.LineState.INCOMPLETE;
                    return new ShareProblem(where + ": " + digits + " of " + LINE_DIGITS + " hex digits typed.", n,
                            digits / 4 + 1, true, false);
                }
                states[dataNumber - 1] = ShareCheck.LineState.WRONG;
                String which = oddGroup > 0 && oddLength < 4 ? " Group " + oddGroup + " has " + oddLength
                        + " digits instead of 4." : " A digit is missing.";
                return new ShareProblem(where + " has " + digits + " hex digits; it needs " + LINE_DIGITS
                        + " (four groups of share data and one check group)." + which, n, oddGroup, false, false);
            }
            byte[] bytes = new byte[LINE_BYTES];
            try {
                for (int i = 0; i < LINE_BYTES; i++) {
                    bytes[i] = (byte) (nibbles[2 * i] << 4 | nibbles[2 * i + 1]);
                }
                int typed = nibbles[16] << 12 | nibbles[17] << 8 | nibbles[18] << 4 | nibbles[19];
                int computed = ShareCodes.lineCheck(bytes, 0, dataNumber);
                if (typed != computed) {
                    states[dataNumber - 1] = ShareCheck.LineState.WRONG;
                    return mismatch(n, where, ShareCodes.locate((typed ^ computed) >> 8, (typed ^ computed) & 0xFF));
                }
                for (int i = 0; i < LINE_BYTES; i++) {
                    data.set((dataNumber - 1) * LINE_BYTES + i, bytes[i]);
                }
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
            states[dataNumber - 1] = ShareCheck.LineState.OK;
            firstLine[slot] = n;
            if (!labelled) {
                recognized++;
            }
            return null;
        } finally {
            Arrays.fill(nibbles, 0);
        }
    }

    ShareProblem mismatch(int n, String where, int position) {
        if (position < 0) {
            return ShareProblem.at(n, where + " does not match its check group: more than one digit is wrong, or the "
                    + "line belongs elsewhere. Compare the whole line with the sheet.");
        }
        int group = position / 2 + 1;
        String half = position % 2 == 0 ? "first two digits" : "last two digits";
        String which = group == 5 ? "group 5 (the check group)" : "group " + group;
        return new ShareProblem(where + ", " + which + " looks mistyped (its " + half
                + "): the line does not match its check group. Compare that group with the sheet.", n, group,
                false, false);
    }

private static String describe(char c) {
    return c > 0x20 && c < 0x7F ? "'" + c + "'" : String.format(Locale.ROOT, "U+%04X", (int) c);
}

private static String hint(char c) {
    return switch (c) {
        case 'O', 'o' -> "; the sheet has the digit 0, not the letter O";
        case 'I', 'l' -> "; the sheet has the digit 1, not the letter " + c;
        case 'S', 's' -> "; is it the digit 5?";
        case 'G', 'g' -> "; is it the digit 6?";
        default -> "";
    };
}

private static boolean isHexOrSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!isHexDigit(c) && !isSpace(c) && c != '/') {
            return false;
        }
    }
    return true;
}

    /** The one-line form a QR code holds: {@code BYOK-SHARE:1:KCV:K:N:NUMBER:DATA:CHECKSUM}. */
    ShareProblem compact(int n, int start, int end, boolean typing) {
        List<int[]> fields = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == ':') {
                fields.add(new int[] {from, i});
                from = i + 1;
            }
        }
        String shape = "A one-line share reads " + COMPACT_PREFIX + ":1:KCV:K:N:NUMBER:64 hex digits:8 hex digits.";
        if (fields.size() != 7) {
            return typing && fields.size() < 7 ? ShareProblem.typing(n, "Line " + n + ": go on typing. " + shape)
                    : ShareProblem.at(n, "Line " + n + " is a damaged one-line share: it has " + (fields.size() + 1)
                            + " fields instead of 8. " + shape);
        }
        String damaged = "Line " + n + " is a damaged one-line share: ";
        ShareProblem problem = formatValue(n, field(fields.get(0)));
        if (problem != null) {
            return problem;
        }
        problem = kcvValue(n, field(fields.get(1)), false);
        if (problem != null) {
            return ShareProblem.at(n, damaged + "its KCV is not 6 hex digits.");
        }
        needed = number(field(fields.get(2)), ShareScheme.MIN_THRESHOLD);
        made = number(field(fields.get(3)), ShareScheme.MIN_THRESHOLD);
        number = number(field(fields.get(4)), 1);
        if (needed == null || made == null || number == null) {
            return ShareProblem.at(n, damaged + "K, N and the share number must be numbers from 1 to "
                    + ShareScheme.MAX_COUNT + ". " + shape);
        }
        int[] hex = fields.get(5);
        int digits = 0;
        for (int i = hex[0]; i < hex[1]; i++) {
            char c = text.charAt(i);
            if (!isHexDigit(c) || digits == data.length() * 2) {
                return ShareProblem.at(n, damaged + "its share data must be " + data.length() * 2 + " hex digits. "
                        + shape);
            }
            int nibble = Character.digit(c, 16);
            data.set(digits / 2, (byte) (data.get(digits / 2) | (digits % 2 == 0 ? nibble << 4 : nibble)));
            digits++;
        }
        if (digits != data.length() * 2) {
            return ShareProblem.at(n, damaged + "its share data must be " + data.length() * 2 + " hex digits. "
                    + shape);
        }
        Arrays.fill(states, ShareCheck.LineState.OK);
        for (int i = 0; i < DATA_LINES; i++) {
            firstLine[LABELS.size() + i] = n;
        }
        return checksumValue(n, field(fields.get(6)), typing);
    }

    String field(int[] range) {
        return text.subSequence(range[0], range[1]).toString().strip();
    }
}
