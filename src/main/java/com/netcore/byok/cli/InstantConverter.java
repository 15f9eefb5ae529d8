package com.netcore.byok.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** {@code --valid-to}: 2027-06-30T12:00:00Z, 2027-06-30T14:00:00+02:00, or a date 2027-06-30 (midnight UTC). */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        String text = value.strip();
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an ISO 8601 time. Use e.g. "
                    + "2027-06-30T12:00:00Z, 2027-06-30T14:00:00+02:00 or 2027-06-30.");
        }
    }
}
