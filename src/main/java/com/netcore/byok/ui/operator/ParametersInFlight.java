package com.netcore.byok.ui.operator;

import com.netcore.byok.core.Durations;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The parameter sets downloaded (or chosen) in this session, newest first, with the time left on each token
 * as of {@link #nowProperty()}; {@link #tick()} moves that time on from the clock (the tab calls it each minute).
 */
public final class ParametersInFlight {
    private final Clock clock;
    private final ObservableList<ParameterSet> sets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Instant> now;

    public ParametersInFlight(Clock clock) {
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
    }

    /** Adds a set, replacing an older one of the same folder (new parameters overwrite its files). */
    public void add(ParameterSet set) {
        sets.removeIf(s -> s.folder().equals(set.folder()));
        sets.add(0, set);
        tick();
    }

    public void tick() {
        now.set(clock.instant());
    }

    /** "23 hours 59 minutes left", or "expired: download new parameters". */
    public String timeLeftText(ParameterSet set) {
        return set.window(now.get()) == ParameterSet.Window.EXPIRED ? Messages.get("operator.inFlight.expired")
                : Messages.get("operator.inFlight.left", Durations.describe(set.timeLeft(now.get())));
    }

    /** What a download brings back to the FX thread: the report to show and the new set. */
    public record Downloaded(String report, ParameterSet set) {
    }

    /** Runs {@code download} (which writes into {@code folder}), then reads the new set back from that folder. */
    static Callable<Downloaded> thenRead(Callable<String> download, Path folder) {
        return () -> {
            String report = download.call();
            return new Downloaded(report, ParameterSet.read(folder));
        };
    }

    public ObservableList<ParameterSet> sets() {
        return sets;
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }
}
