package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportReadmeTest {
    static final String ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    static final String FP = "6d2233fbac3ffa62683d462a6ff6bb148821939d29b4658962a6159fd3593b7c";

    @TempDir
    Path dir;

    private ImportReadme read(String text) throws IOException {
        Path file = dir.resolve("README.txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return ImportReadme.load(file);
    }

    @Test
    void readsOurOwnFormatExactly() throws IOException {
        Instant validTo = Instant.parse("2026-11-29T16:27:12Z");
        ImportReadme readme = read(ImportReadme.write(ARN, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, 3072, validTo, FP));
        assertThat(readme.ownFormat()).isTrue();
        assertThat(readme.algorithm()).contains(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256);
        assertThat(readme.keySpecBits()).contains(3072);
        assertThat(readme.keyArn()).contains(ARN);
        assertThat(readme.validTo()).contains(validTo);
        assertThat(readme.fingerprint()).contains(FP);
        assertThat(readme.validToZoneAssumed()).isFalse();
    }

    @Test
    void ourFormatWithAMissingOrDamagedLineIsRefused() {
        String good = ImportReadme.write(ARN, WrappingAlgorithm.RSAES_OAEP_SHA_256, 4096, Instant.parse("2026-11-29T16:27:12Z"), FP);
        assertThatThrownBy(() -> read(good.replaceAll("(?m)^Wrapping algorithm:.*\\n", "")))
                .hasMessageContaining("has no 'Wrapping algorithm:' line");
        assertThatThrownBy(() -> read(good.replace("2026-11-29T16:27:12Z", "tomorrow")))
                .hasMessageContaining("line 5: 'tomorrow' is not a UTC ISO 8601 time");
        assertThatThrownBy(() -> read(good.replace(FP, FP.substring(2))))
                .hasMessageContaining("is not 64 hex digits");
        assertThatThrownBy(() -> read(good.replace("RSAES_OAEP_SHA_256", "RSAES_PKCS1_V1_5")))
                .hasMessageContaining("line 3: Wrapping algorithm RSAES_PKCS1_V1_5 is no longer supported by AWS KMS");
    }

    @Test
    void readsAFreeTextReadmeWithLabelsWeDoNotKnow() throws IOException {
        ImportReadme readme = read("""
                Import parameters for AWS KMS key
                KeyId: %s
                Use the wrapping algorithm RSAES_OAEP_SHA_1 with the public key in WrappingPublicKey.bin (RSA_2048).
                The public key and import token expire on 2026-11-29T17:27:12.227000+01:00.
                """.formatted(ARN));
        assertThat(readme.ownFormat()).isFalse();
        assertThat(readme.algorithm()).contains(WrappingAlgorithm.RSAES_OAEP_SHA_1);
        assertThat(readme.keySpecBits()).contains(2048);
        assertThat(readme.keyArn()).contains(ARN);
        assertThat(readme.validTo()).contains(Instant.parse("2026-11-29T16:27:12.227Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "This import token expires at Nov 29, 2026 4:27:12 PM UTC.|2026-11-29T16:27:12Z|false",
            "Expiration: Sun Nov 29 16:27:12 UTC 2026|2026-11-29T16:27:12Z|false",
            "Valid until: Sunday, 29 November 2026 17:27:12 CET|2026-11-29T16:27:12Z|false",
            "Expires: 2026-11-29 08:27:12 PST|2026-11-29T16:27:12Z|false",
            "Expires: 2026/11/29 16:27:12 +0000|2026-11-29T16:27:12Z|false",
            "ParametersValidTo: 2026-11-29T16:27:12Z|2026-11-29T16:27:12Z|false",
            "Parameters valid to: 1795969632.0|2026-11-29T16:27:12Z|false",
            "expires 29/11/2026 16:27|2026-11-29T16:27:00Z|true",
            "expires 11/29/2026 4:27 pm|2026-11-29T16:27:00Z|true",
            "Expiration date: November 29th, 2026 at 4:27 PM GMT|2026-11-29T16:27:00Z|false",
            "Expires: 2026-11-29 16:27:12|2026-11-29T16:27:12Z|true"})
    void readsExpiryInManyFormats(String line, String expected, boolean zoneAssumed) throws IOException {
        ImportReadme readme = read("Wrapping algorithm: RSAES_OAEP_SHA_256\n" + line + "\n");
        assertThat(readme.validTo()).contains(Instant.parse(expected));
        assertThat(readme.validToZoneAssumed()).isEqualTo(zoneAssumed);
    }

    @Test
    void downloadTimePlus24HoursWhenTheReadmeSaysSo() throws IOException {
        ImportReadme readme = read("Downloaded 2026-11-28T16:27:12Z.\nThe parameters are valid for 24 hours.\n"
                + "Algorithm RSAES_OAEP_SHA_256\n");
        assertThat(readme.validTo()).contains(Instant.parse("2026-11-29T16:27:12Z"));
    }

    @Test
    void toleratesCrLfAndByteOrderMark() throws IOException {
        ImportReadme readme = read("\uFEFFKey ARN: " + ARN + "\r\nWrapping algorithm: RSA_AES_KEY_WRAP_SHA_1\r\n"
                + "Wrapping key spec: RSA_4096\r\nExpires: 2026-11-29T16:27:12Z\r\n");
        assertThat(readme.algorithm()).contains(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1);
        assertThat(readme.keySpecBits()).contains(4096);
        assertThat(readme.keyArn()).contains(ARN);
        assertThat(readme.validTo()).contains(Instant.parse("2026-11-29T16:27:12Z"));
    }

    @Test
    void noDateMeansUnknownExpiryNotAGuess() throws IOException {
        assertThat(read("Wrapping algorithm: RSAES_OAEP_SHA_256\n").validTo()).isEmpty();
        assertThat(read("Created 2026-11-28T10:00:00Z, reviewed 2026-11-28T11:00:00Z\n").validTo()).isEmpty();
    }

    @Test
    void contradictionsAreErrors() {
        assertThatThrownBy(() -> read("Algorithm: RSAES_OAEP_SHA_256\nUse RSAES_OAEP_SHA_1.\n"))
                .hasMessageContaining("names two different wrapping algorithms: RSAES_OAEP_SHA_256 (line 1) and "
                        + "RSAES_OAEP_SHA_1 (line 2)");
        assertThatThrownBy(() -> read("Spec RSA_2048\nSpec RSA_4096\n")).hasMessageContaining("two different wrapping key specs");
        assertThatThrownBy(() -> read(ARN + "\n" + ARN.replace("1234abcd", "9999abcd") + "\n"))
                .hasMessageContaining("two different key ARNs");
        assertThatThrownBy(() -> read("Expires 2026-11-29T16:27:12Z\nExpires 2026-11-30T16:27:12Z\n"))
                .hasMessageContaining("different expiry times");
        assertThatThrownBy(() -> read("expires 03/04/2026 10:00\n")).hasMessageContaining("is ambiguous");
    }

    @Test
    void deadAndForeignAlgorithmsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> read("Wrapping algorithm: RSAES_PKCS1_V1_5\n"))
                .hasMessageContaining("line 1: Wrapping algorithm RSAES_PKCS1_V1_5 is no longer supported by AWS KMS");
        assertThatThrownBy(() -> read("Wrapping algorithm: SM2PKE\n")).hasMessageContaining("China Regions");
        assertThatThrownBy(() -> read("Wrapping key spec: SM2\n")).hasMessageContaining("China Regions");
    }

    @Test
    void emptyReadmeIsRefused() {
        assertThatThrownBy(() -> read("  \n\n")).hasMessageContaining("is empty");
    }

    @Test
    void parsesWhatTheDateScannerIsGivenAsOneValue() {
        assertThat(DateTimes.parseOne("2026-12-31T23:00:00Z").instant()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThatThrownBy(() -> DateTimes.parseOne("soon")).isInstanceOf(ByokException.class);
        assertThat(Optional.of(1)).isPresent();
    }

    @Test
    void aHugeLineIsRefusedAtOnce() {
        String line = "Expires 2026-12-01 10:00" + " ".repeat(256 * 1024 - 100) + "x\n";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> read("RSAES_OAEP_SHA_256\n" + line))
                        .isInstanceOf(ByokException.class)
                        .hasMessageContaining("far larger than expected (at most 65536)"));
        String longLine = "Expires 2026-12-01 10:00" + " ".repeat(5000) + "x\n";
        assertThatThrownBy(() -> read("RSAES_OAEP_SHA_256\n" + longLine))
                .hasMessageEndingWith("line 2 is 5025 characters long, but a README of import parameters has short "
                        + "lines (at most 4096). Check that you chose the right file, or ask the operator for it again.");
    }

    @Test
    void dateFollowedByManySpacesIsReadInLinearTime() {
        // quadratic backtracking took 30 to 45 s per line with 50,000 spaces, about 6 s with 20,000; linear: a few ms
        String spaces = " ".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(4), () -> {
            for (String date : new String[] {"2026-12-01 10:00", "Sun Nov 29 17:27:12", "29 November 2026 17:27",
                    "November 29, 2026 5:27 PM", "29/11/2026 17:27", "2026-12-01"}) {
                assertThat(DateTimes.findAll("Expires " + date + spaces + "x", true)).hasSizeLessThanOrEqualTo(1);
            }
        });
    }

    @Test
    void anExpiryFurtherAheadThanParametersLastIsRefused() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        ImportReadme copyright = read("RSAES_OAEP_SHA_256\nCopyright 2031-05-04 10:00 Example Corp.\n");
        assertThat(copyright.validTo()).contains(Instant.parse("2031-05-04T10:00:00Z"));
        assertThatThrownBy(() -> ImportParameters.requireNotExpired(copyright.validTo(), clock))
                .isInstanceOf(ByokException.class)
                .hasMessageStartingWith("README.txt gives 2031-05-04T10:00:00Z as the expiry, ")
                .hasMessageContaining("but KMS import parameters last only 24 hours, so that date is not their expiry");
        // 24 hours plus 5 minutes of clock difference is still plausible; a second more is not
        ImportParameters.requireNotExpired(Optional.of(Instant.parse("2026-12-01T12:05:00Z")), clock);
        assertThatThrownBy(() -> ImportParameters.requireNotExpired(Optional.of(Instant.parse("2026-12-01T12:05:01Z")),
                clock)).hasMessageContaining("last only 24 hours");
    }
}
