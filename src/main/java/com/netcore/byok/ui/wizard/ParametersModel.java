package com.netcore.byok.ui.wizard;

import com.netcore.byok.ceremony.TrustedVendors;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.Durations;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.LoadedParameters;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The parameters step: which files were loaded (read and checked once, off the FX thread), the algorithm when
 * the README names none, the time left, and the officer's fingerprint comparison. Holds no secrets.
 */
public final class ParametersModel {
    private final Clock clock;
    private final Runnable onNewParameters;
    private final ReadOnlyObjectWrapper<Path> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LoadedParameters> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportParameters> parameters = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper algorithmChoiceNeeded = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<WrappingAlgorithm> chosenAlgorithm = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper expiresSoon = new ReadOnlyBooleanWrapper();
    private final BooleanProperty fingerprintCompared = new SimpleBooleanProperty();
    private final VendorTrustModel vendorTrust = new VendorTrustModel(TrustedVendors.forUser());

    /** {@code onNewParameters} runs whenever other parameters are chosen (the key made for the old ones goes). */
    ParametersModel(Clock clock, Runnable onNewParameters) {
        this.clock = clock;
        this.onNewParameters = onNewParameters;
        chosenAlgorithm.addListener((obs, old, now) -> settle());
    }

    /** Loads a parameters folder, or a public key file (with the README beside it, if any), on this thread. */
    public void load(Path folderOrPublicKey) {
        try {
            loaded(loadJob(folderOrPublicKey).call());
        } catch (Exception e) {
            loadFailed(folderOrPublicKey, e);
        }
    }

    /**
     * Starts loading: clears the old parameters and returns the reading and checking of the files as work for a
     * worker thread (a README can be long). Hand its result to {@link #loaded} or {@link #loadFailed} on the FX thread.
     */
    public Callable<LoadedParameters> loadJob(Path folderOrPublicKey) {
        clear();
        source.set(folderOrPublicKey);
        loading.set(true);
        return () -> LoadedParameters.load(folderOrPublicKey);
    }

    /** Takes loaded files; a result for a source chosen before the current one is ignored. */
    public void loaded(LoadedParameters result) {
        if (!Objects.equals(result.source(), source.get())) {
            return;
        }
        loading.set(false);
        Optional<LoadedParameters> accepted = vendorTrust.check(result);
        if (accepted.isEmpty()) {
            error.set(vendorTrust.messageProperty().get());
            return;
        }
        loaded.set(accepted.get());
        algorithmChoiceNeeded.set(result.needsAlgorithmChoice());
        settle();
    }

    /** Checks the loaded files again after the pinned vendors changed (trusted or removed). */
    void recheckVendor() {
        Path current = source.get();
        if (current != null && !loading.get()) {
            load(current);
        }
    }

    public void loadFailed(Path folderOrPublicKey, Throwable failure) {
        if (!Objects.equals(folderOrPublicKey, source.get())) {
            return;
        }
        loading.set(false);
        error.set(failure instanceof ByokException ? failure.getMessage()
                : Messages.get("parameters.unexpected", failure.getClass().getSimpleName()));
    }

    private void settle() {
        LoadedParameters files = loaded.get();
        if (files == null) {
            return;
        }
        parameters.set(null);
        if (algorithmChoiceNeeded.get() && chosenAlgorithm.get() == null) {
            error.set(Messages.get("parameters.chooseAlgorithm"));
            return;
        }
        try {
            ImportParameters settled = files.settle(Optional.ofNullable(chosenAlgorithm.get()));
            settled.requireNotExpired(clock);
            parameters.set(settled);
            error.set("");
            refreshTimeLeft();
        } catch (ByokException e) {
            error.set(e.getMessage());
        }
    }

    /** Recomputes the time left; expired parameters are withdrawn with the core's explanation. */
    public void refreshTimeLeft() {
        ImportParameters current = parameters.get();
        if (current == null) {
            return;
        }
        Optional<Duration> left = current.timeLeft(clock);
        if (left.isEmpty()) {
            timeLeft.set(Messages.get("parameters.expiryUnknown"));
            expiresSoon.set(false);
            return;
        }
        if (left.get().isNegative() || left.get().isZero()) {
            try {
                current.requireNotExpired(clock);
            } catch (ByokException e) {
                parameters.set(null);
                error.set(e.getMessage());
            }
            return;
        }
        boolean soon = left.get().compareTo(ImportParameters.SHORT_TIME_LEFT) < 0;
        String zone = current.validToZoneAssumed() ? " " + Messages.get("parameters.zoneAssumed") : "";
        timeLeft.set(Messages.get(soon ? "parameters.timeLeftSoon" : "parameters.timeLeft",
                Durations.describe(left.get()), current.validTo().get().toString()) + zone);
        expiresSoon.set(soon);
    }

    private void clear() {
        onNewParameters.run();
        loaded.set(null);
        parameters.set(null);
        error.set("");
        timeLeft.set("");
        expiresSoon.set(false);
        fingerprintCompared.set(false);
        algorithmChoiceNeeded.set(false);
        vendorTrust.clear();
    }

    /** Back to nothing loaded (Start over). */
    void reset() {
        clear();
        source.set(null);
        loading.set(false);
        chosenAlgorithm.set(null);
    }

    /** True when the step is complete: parameters settled and the fingerprint compared (confirmed when signed). */
    boolean ready() {
        return parameters.get() != null && fingerprintCompared.get();
    }

    /** The vendor's signature: offered for trust, verified, or refused. */
    public VendorTrustModel vendorTrust() {
        return vendorTrust;
    }

    public ReadOnlyObjectProperty<Path> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadedParameters> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportParameters> parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty algorithmChoiceNeededProperty() {
        return algorithmChoiceNeeded.getReadOnlyProperty();
    }

    public ObjectProperty<WrappingAlgorithm> chosenAlgorithmProperty() {
        return chosenAlgorithm;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty expiresSoonProperty() {
        return expiresSoon.getReadOnlyProperty();
    }

    public BooleanProperty fingerprintComparedProperty() {
        return fingerprintCompared;
    }
}
