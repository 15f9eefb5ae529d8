package com.netcore.byok.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date-times in free text written by people or other programs: ISO 8601, "Nov 29, 2026 5:27 PM UTC",
 * "29 November 2026 17:27:12 GMT", Unix {@code date} output, epoch seconds. A time without a zone is read
 * as UTC and marked so the user can be told.
 */
final class DateTimes {

    record Found(Instant instant, boolean zoneAssumed, boolean epoch, String text) {
    }

    private static final String MONTH = "(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\\.?";
    private static final String DOW = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*+,?\\s++)";
    private static final String TIME = "(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<f>\\d{1,9}))?)?"
            + "(?:\\s*+(?<ap>[ap])\\.?m\\.?)?";
    private static final Map<String, ZoneOffset> ZONE_NAMES = Map.ofEntries(
            Map.entry("z", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)),
            Map.entry("wet", ZoneOffset.UTC), Map.entry("west", ZoneOffset.ofHours(1)),
            Map.entry("bst", ZoneOffset.ofHours(1)), Map.entry("cet", ZoneOffset.ofHours(1)),
            Map.entry("cest", ZoneOffset.ofHours(2)), Map.entry("eet", ZoneOffset.ofHours(2)),
            Map.entry("eest", ZoneOffset.ofHours(3)), Map.entry("ist", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("sgt", ZoneOffset.ofHours(8)), Map.entry("hkt", ZoneOffset.ofHours(8)),
            Map.entry("jst", ZoneOffset.ofHours(9)), Map.entry("kst", ZoneOffset.ofHours(9)),
            Map.entry("aest", ZoneOffset.ofHours(10)), Map.entry("aedt", ZoneOffset.ofHours(11)));
    private static final String ZONE = "(?:\\s*+(?<z>z(?![a-z])|(?:utc|gmt)?+\\s*+[+-]\\d{1,2}(?::?\\d{2})?(?![\\d:])|"
            + String.join("|", ZONE_NAMES.keySet().stream().filter(n -> !n.equals("z"))
                    .sorted((a, b) -> b.length() - a.length()).toList())
            + ")(?![a-z]))?(?:\\s*+\\[[A-Za-z_/+\\-0-9]++\\])?";

    private static final List<Pattern> PATTERNS = List.of(
            // 2026-11-29T17:27:12.227Z, 2026-11-29 17:27 UTC, 2026/11/29, 17:27:12 +01:00
            compile("(?<y>\\d{4})[-/.](?<mo>\\d{1,2})[-/.](?<d>\\d{1,2})(?:t|\\s++|,\\s*+)" + TIME + ZONE),
            // Sun Nov 29 17:27:12 UTC 2026 (Unix date)
            compile(DOW + MONTH + "\\s++(?<d>\\d{1,2})\\s++" + TIME + ZONE + "\\s++(?<y>\\d{4})"),
            // Sunday, 29 November 2026 17:27:12 GMT; 29-Nov-2026 5:27 PM
            compile(DOW + "?(?<d>\\d{1,2})(?:st|nd|rd|th)?[\\s-]++" + MONTH + "[\\s-]++(?<y>\\d{4})(?:,?\\s++(?:at\\s++)?)"
                    + TIME + ZONE),
            // November 29, 2026 at 5:27:12 PM UTC
            compile(DOW + "?" + MONTH + "\\s++(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s++(?<y>\\d{4})(?:,?\\s++(?:at\\s++)?)"
                    + TIME + ZONE),
            // 29/11/2026 17:27 or 11/29/2026 5:27 PM (day or month first, told apart when one is above 12)
            compile("(?<a>\\d{1,2})[/.-](?<b>\\d{1,2})[/.-](?<y>\\d{4}),?\\s++" + TIME + ZONE));
    private static final Pattern EPOCH = Pattern.compile("(?<![\\d.])(1\\d{9})(?:\\.\\d+)?(?![\\d])");

    private DateTimes() {
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![\\w])" + regex, Pattern.CASE_INSENSITIVE);
    }

    /** All date-times in {@code line}, left to right; epoch seconds only when {@code allowEpoch}. */
    static List<Found> findAll(String line, boolean allowEpoch) {
        List<Found> found = new ArrayList<>();
        boolean[] used = new boolean[line.length() + 1];
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                if (used[m.start()]) {
                    continue;
                }
                Found date = toInstant(m);
                if (date != null) {
                    found.add(date);
                    for (int i = m.start(); i < m.end(); i++) {
                        used[i] = true;
                    }
                }
            }
        }
        if (allowEpoch) {
            Matcher m = EPOCH.matcher(line);
            while (m.find()) {
                if (!used[m.start()]) {
                    found.add(new Found(Instant.ofEpochSecond(Long.parseLong(m.group(1))), false, true, m.group()));
                }
            }
        }
        return found;
    }

    /** Parses one complete date-time, e.g. a value typed on the command line. */
    static Found parseOne(String text) {
        List<Found> all = findAll(text.strip(), true);
        if (all.size() != 1 || !all.get(0).text().strip().equalsIgnoreCase(text.strip())) {
            throw new ByokException("'" + text + "' is not a date-time I can read. Use ISO 8601, e.g. 2026-12-31T23:00:00Z.");
        }
        return all.get(0);
    }

    private static Found toInstant(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int month;
            int day;
            if (has(m, "mon")) {
                month = monthOf(m.group("mon"));
                day = Integer.parseInt(m.group("d"));
            } else if (has(m, "mo")) {
                month = Integer.parseInt(m.group("mo"));
                day = Integer.parseInt(m.group("d"));
            } else {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                if (a > 12 && b <= 12) {
                    day = a;
                    month = b;
                } else if (b > 12 && a <= 12) {
                    month = a;
                    day = b;
                } else if (a == b) {
                    day = a;
                    month = a;
                } else {
                    throw new ByokException("The date '" + m.group().strip() + "' is ambiguous: it could be day/month "
                            + "or month/day. Ask the operator for the expiry in ISO 8601 (e.g. 2026-12-31T23:00:00Z).");
                }
            }
            int hour = Integer.parseInt(m.group("h"));
            if (has(m, "ap")) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                boolean pm = m.group("ap").equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            int minute = Integer.parseInt(m.group("mi"));
            int second = has(m, "s") ? Integer.parseInt(m.group("s")) : 0;
            int nanos = has(m, "f") ? Integer.parseInt((m.group("f") + "000000000").substring(0, 9)) : 0;
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            boolean zoneAssumed = !has(m, "z");
            ZoneOffset offset = zoneAssumed ? ZoneOffset.UTC : offsetOf(m.group("z"));
            return new Found(local.toInstant(offset), zoneAssumed, false, m.group());
        } catch (DateTimeException | NumberFormatException e) {
            return null; // looked like a date but is not one (e.g. month 13): not a candidate
        }
    }

    private static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException noSuchGroup) {
            return false;
        }
    }

    private static int monthOf(String name) {
        List<String> months = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        return months.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    private static ZoneOffset offsetOf(String zone) {
        String z = zone.strip().toLowerCase(Locale.ROOT);
        ZoneOffset named = ZONE_NAMES.get(z);
        if (named != null) {
            return named;
        }
        String numeric = z.replaceFirst("^(utc|gmt)\\s*", "");
        Matcher m = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?").matcher(numeric);
        if (!m.matches()) {
            throw new DateTimeException("zone " + zone);
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * minutes);
    }
}
