package com.netcore.byok.ui.wizard;

import com.netcore.byok.ceremony.RegionSet;
import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.Durations;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.LoadedParameters;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Further Regions of a multi-Region key, beside the parameters step's first folder: each added folder is read off
 * the FX thread, checked on its own (key ARN, expiry) and against the others (one key, one folder per Region).
 * The wrap then writes a subfolder per Region. Holds no secrets.
 */
public final class RegionsModel {
    private final Clock clock;
    private final ParametersModel first;
    private final ObservableList<Added> added = FXCollections.observableArrayList();
    /** One read-only view for every listener: it holds its own listeners only weakly, so it must stay reachable. */
    private final ObservableList<Added> addedView = FXCollections.unmodifiableObservableList(added);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper consistent = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<List<WrappedKeyFiles.Written>> written = new ReadOnlyObjectWrapper<>(List.of());
    private Path pending;

    /** A folder added for another Region. */
    public record Added(Path source, ImportParameters parameters, String region, Optional<SignerCertificate> signer) {
    }

    /** What the step lists for each Region: the first folder's, then the added ones (removable). */
    public record Row(String region, String fingerprint, String timeLeft, Optional<Added> removable) {
    }

    RegionsModel(Clock clock, ParametersModel first) {
        this.clock = clock;
        this.first = first;
        first.parametersProperty().addListener((obs, old, now) -> check());
        added.addListener((ListChangeListener<Added>) change -> {
            first.fingerprintComparedProperty().set(false); // a new set of fingerprints to compare
            check();
        });
    }

    /** Adds a folder on this thread (tests); the window uses {@link #addJob} on a worker. */
    public void add(Path folder) {
        try {
            loaded(addJob(folder).call());
        } catch (Exception e) {
            addFailed(folder, e);
        }
    }

    /**
     * Starts adding: returns the reading of the files as work for a worker thread. When the first Region's
     * parameters were verified against a trusted vendor, this Region's must carry that vendor's signature too.
     */
    public Callable<SignedHandOff.Loaded> addJob(Path folder) {
        pending = folder;
        loading.set(true);
        error.set("");
        Optional<SignerCertificate> vendor = first.vendorTrust().verifiedSigner();
        return () -> SignedHandOff.load(folder, vendor);
    }

    /** Takes a loaded folder on the FX thread: added when it fits, refused with the reason otherwise. */
    public void loaded(SignedHandOff.Loaded loaded) {
        LoadedParameters result = loaded.parameters();
        if (!Objects.equals(result.source(), pending)) {
            return;
        }
        pending = null;
        loading.set(false);
        try {
            ImportParameters base = first.parametersProperty().get();
            Optional<WrappingAlgorithm> requested = result.needsAlgorithmChoice() && base != null
                    ? Optional.of(base.algorithm()) : Optional.empty();
            ImportParameters settled = result.settle(requested);
            try {
                settled.requireNotExpired(clock);
            } catch (ByokException e) {
                throw new ByokException("Parameters folder " + result.source() + ": " + e.getMessage());
            }
            RegionSet.Region region = RegionSet.region(settled.keyArn(), result.source().toString(), settled);
            List<RegionSet.Region> all = new ArrayList<>(regions());
            all.add(region);
            RegionSet.checkTogether(all);
            added.add(new Added(result.source(), settled, region.name(), loaded.signer()));
        } catch (ByokException e) {
            error.set(e.getMessage());
        }
    }

    public void addFailed(Path folder, Throwable failure) {
        if (!Objects.equals(folder, pending)) {
            return;
        }
        pending = null;
        loading.set(false);
        error.set(failure instanceof ByokException ? failure.getMessage()
                : Messages.get("parameters.unexpected", failure.getClass().getSimpleName()));
    }

    public void remove(Added region) {
        added.remove(region);
        error.set("");
    }

    /** Every Region, checked: the first folder's parameters, then the added ones. */
    List<RegionSet.Region> regions() {
        ImportParameters base = first.parametersProperty().get();
        if (base == null) {
            throw new ByokException(Messages.get("regions.firstMissing"));
        }
        List<ImportParameters> sets = new ArrayList<>(List.of(base));
        List<String> labels = new ArrayList<>(List.of(String.valueOf(first.sourceProperty().get())));
        Optional<String> vendor = first.vendorTrust().verifiedSigner().map(SignerCertificate::fingerprint);
        added.forEach(a -> {
            if (vendor.isPresent() && !a.signer().map(SignerCertificate::fingerprint).equals(vendor)) {
                throw new ByokException(Messages.get("regions.notVerified", a.source()));
            }
            sets.add(a.parameters());
            labels.add(a.source().toString());
        });
        return RegionSet.of(sets, labels);
    }

    private void check() {
        if (added.isEmpty()) {
            consistent.set(true);
            return;
        }
        try {
            regions();
            consistent.set(true);
            error.set("");
        } catch (ByokException e) {
            consistent.set(false);
            error.set(e.getMessage());
        }
    }

    /** The parameter sets to wrap for: the first alone, or one per Region. */
    List<ImportParameters> parameterSets(ImportParameters base) {
        List<ImportParameters> sets = new ArrayList<>(List.of(base));
        added.forEach(a -> sets.add(a.parameters()));
        return sets;
    }

    /** The rows to list; empty while only one folder is loaded. */
    public List<Row> rows() {
        ImportParameters base = first.parametersProperty().get();
        if (added.isEmpty() || base == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row(base.keyArn().flatMap(RegionSet::regionOf).orElse("?"), base, Optional.empty()));
        added.forEach(a -> rows.add(row(a.region(), a.parameters(), Optional.of(a))));
        return rows;
    }

    private Row row(String region, ImportParameters parameters, Optional<Added> removable) {
        Optional<Duration> left = parameters.timeLeft(clock);
        String time = left.map(d -> d.isNegative() || d.isZero() ? Messages.get("regions.expired")
                : Messages.get("regions.timeLeft", Durations.describe(d))).orElse(Messages.get("regions.noExpiry"));
        return new Row(region, parameters.publicKey().fingerprintGrouped(), time, removable);
    }

    /** True when the step may go on: nothing loading, and the Regions (if several) make one ceremony. */
    boolean ready() {
        return !loading.get() && consistent.get();
    }

    void wrote(List<WrappedKeyFiles.Written> perRegion) {
        written.set(List.copyOf(perRegion));
    }

    void reset() {
        pending = null;
        added.clear();
        loading.set(false);
        error.set("");
        consistent.set(true);
        written.set(List.of());
    }

    public ObservableList<Added> added() {
        return addedView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty consistentProperty() {
        return consistent.getReadOnlyProperty();
    }

    /** Every Region's written files after a multi-Region wrap; empty otherwise. */
    public ReadOnlyObjectProperty<List<WrappedKeyFiles.Written>> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
