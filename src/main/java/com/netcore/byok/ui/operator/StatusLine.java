package com.netcore.byok.ui.operator;

import com.netcore.byok.ui.common.Messages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The line at the bottom of the tab: what the last action did, and when (UTC). It stays until the next one. */
public final class StatusLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(Messages.get("operator.statusLine.none"));
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    public StatusLine(Clock clock) {
        this.clock = clock;
    }

    public void succeeded(String action, String outcome) {
        failed.set(false);
        text.set(Messages.get("operator.statusLine.done", TIME.format(clock.instant()), action, firstLine(outcome)));
    }

    public void failed(String action, String outcome) {
        failed.set(true);
        text.set(Messages.get("operator.statusLine.failed", TIME.format(clock.instant()), action, firstLine(outcome)));
    }

    /** The first line of a report: the sentence that says what happened. */
    static String firstLine(String outcome) {
        String stripped = outcome == null ? "" : outcome.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
