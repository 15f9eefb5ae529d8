package com.netcore.byok.ui.operator;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A downloaded set of import parameters in flight: its folder, its key and when its token expires. */
public record ParameterSet(Path folder, String keyArn, Instant validTo) {

    /** Below this much time left the set is shown as a warning (the customer may not finish in time). */
    public static final Duration WARNING = ImportParameters.SHORT_TIME_LEFT;

    public enum Window {
        OPEN, CLOSING, EXPIRED
    }

    /** Reads the README.txt that the operator tab (or {@code kms get-parameters}) wrote into {@code folder}. */
    public static ParameterSet read(Path folder) {
        ImportParameters parameters = ImportParameters.fromFolder(folder, Optional.empty());
        return new ParameterSet(folder, parameters.keyArn().orElse(""),
                parameters.validTo().orElseThrow(() -> new ByokException(
                        Messages.get("operator.inFlight.noValidTo", folder))));
    }

    public Duration timeLeft(Instant now) {
        return Duration.between(now, validTo);
    }

    public Window window(Instant now) {
        Duration left = timeLeft(now);
        return left.isNegative() || left.isZero() ? Window.EXPIRED
                : left.compareTo(WARNING) < 0 ? Window.CLOSING : Window.OPEN;
    }

    /** The key id, the last part of the ARN: short enough to stay whole on one line. */
    public String keyId() {
        return keyArn.substring(keyArn.lastIndexOf('/') + 1);
    }
}
