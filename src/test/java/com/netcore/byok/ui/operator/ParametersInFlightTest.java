package com.netcore.byok.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.kms.testserver.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The 24-hour window on a clock the test moves: open, closing under 2 hours, then expired. */
class ParametersInFlightTest {
    private final TestClock clock = new TestClock();
    private final ParametersInFlight inFlight = new ParametersInFlight(clock);
    private final ParameterSet set = new ParameterSet(Path.of("params"),
            "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            clock.instant().plus(Duration.ofHours(24)).plusSeconds(30));

    @Test
    void countsDownWarnsUnderTwoHoursThenSaysExpired() {
        inFlight.add(set);
        assertThat(inFlight.timeLeftText(set)).isEqualTo("1 day left");
        assertThat(set.window(inFlight.nowProperty().get())).isEqualTo(ParameterSet.Window.OPEN);
        assertThat(set.keyId()).isEqualTo("1234abcd-12ab-34cd-56ef-1234567890ab");

        clock.advance(Duration.ofHours(22).plusMinutes(5));
        assertThat(inFlight.timeLeftText(set)).as("unchanged until the next tick").isEqualTo("1 day left");
        inFlight.tick();
        assertThat(inFlight.timeLeftText(set)).isEqualTo("1 hour 55 minutes left");
        assertThat(set.window(inFlight.nowProperty().get())).isEqualTo(ParameterSet.Window.CLOSING);

        clock.advance(Duration.ofHours(2));
        inFlight.tick();
        assertThat(inFlight.timeLeftText(set)).isEqualTo("expired: download new parameters");
        assertThat(set.window(inFlight.nowProperty().get())).isEqualTo(ParameterSet.Window.EXPIRED);
    }

    @Test
    void aNewDownloadIntoTheSameFolderReplacesTheOldSetAndComesFirst() {
        inFlight.add(set);
        ParameterSet other = new ParameterSet(Path.of("other"), set.keyArn(), set.validTo());
        inFlight.add(other);
        ParameterSet again = new ParameterSet(Path.of("params"), set.keyArn(), set.validTo().plusSeconds(60));
        inFlight.add(again);
        assertThat(inFlight.sets()).containsExactly(again, other);
    }

    @Test
    void theStatusLineKeepsTheFirstLineAndTheTime() {
        StatusLine line = new StatusLine(clock);
        line.succeeded("4. Status", "Key: arn\n  State: Enabled\n");
        assertThat(line.textProperty().get()).matches("\\d\\d:\\d\\d:\\d\\d UTC, 4\\. Status: Key: arn");
        assertThat(line.failedProperty().get()).isFalse();
        line.failed("4. Status", "Enter the KMS key.");
        assertThat(line.textProperty().get()).endsWith("4. Status failed: Enter the KMS key.");
        assertThat(line.failedProperty().get()).isTrue();
    }
}
