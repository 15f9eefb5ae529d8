package com.netcore.byok.ui.wizard;

import com.netcore.byok.ceremony.SplitPlan;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.ShareScheme;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The review step: what will be wrapped (the parameters and the key's public facts, read-only), the output
 * folder, the officer's confirmation, and the optional split for custodians with its rules (from the ceremony).
 */
public final class ReviewModel {
    private final ReadOnlyObjectProperty<ImportParameters> parameters;
    private final ReadOnlyObjectProperty<KeySource> keySource;
    private final ReadOnlyStringProperty kcv;
    private final BooleanProperty split = new SimpleBooleanProperty();
    private final IntegerProperty splitThreshold = new SimpleIntegerProperty(2);
    private final IntegerProperty splitCount = new SimpleIntegerProperty(3);
    private final StringProperty custodians = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> sharesFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper splitError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> outputFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper outputError = new ReadOnlyStringWrapper("");
    private final BooleanProperty confirmed = new SimpleBooleanProperty();
    private final BooleanProperty overwriteConfirmed = new SimpleBooleanProperty();
    /** The Regions of a multi-Region wrap (their subfolders take the files); empty for one Region. */
    java.util.function.Supplier<List<String>> regionNames = List::of;
    private final WeakKeyConfirmation weakKey;

    ReviewModel(ReadOnlyObjectProperty<ImportParameters> parameters, ReadOnlyObjectProperty<KeySource> keySource,
                ReadOnlyStringProperty kcv, ReadOnlyObjectProperty<SecretKeyMaterial> key) {
        this.weakKey = new WeakKeyConfirmation(key);
        this.parameters = parameters;
        this.keySource = keySource;
        this.kcv = kcv;
        split.addListener((obs, old, now) -> checkSplit());
        splitThreshold.addListener((obs, old, now) -> checkSplit());
        splitCount.addListener((obs, old, now) -> checkSplit());
        custodians.addListener((obs, old, now) -> checkSplit());
        outputFolder.addListener((obs, old, now) -> checkSplit());
        keySource.addListener((obs, old, now) -> checkSplit());
    }

    /** Splitting is offered for a key made here; a key restored from shares is already split. */
    public boolean splitWanted() {
        return split.get() && keySource.get() != null && keySource.get().kind() != KeySource.Kind.SHARES;
    }

    public void chooseSharesFolder(Path folder) {
        sharesFolder.set(folder);
        checkSplit();
    }

    private void checkSplit() {
        if (!splitWanted()) {
            splitError.set("");
            return;
        }
        try {
            ShareScheme scheme = new ShareScheme(splitThreshold.get(), splitCount.get());
            SplitPlan.checkCustodians(scheme, custodianNames(), Messages.get("review.split.custodianName"));
            SplitPlan.checkFolder(sharesFolder.get(), outputFolder.get(), scheme);
            splitError.set("");
        } catch (ByokException e) {
            splitError.set(e.getMessage());
        }
    }

    private List<String> custodianNames() {
        return Arrays.stream(custodians.get().split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** The split to make, when one is wanted (its rules were checked as the officer chose). */
    Optional<SplitPlan> splitPlan() {
        return splitWanted() ? Optional.of(new SplitPlan(new ShareScheme(splitThreshold.get(), splitCount.get()),
                custodianNames(), sharesFolder.get())) : Optional.empty();
    }

    public void chooseOutputFolder(Path folder) {
        outputFolder.set(folder);
        overwriteConfirmed.set(false);
        try {
            SafeFiles.requireWritableFolder(folder);
            outputError.set("");
        } catch (ByokException e) {
            outputError.set(e.getMessage());
        }
    }

    /** True when the output folder already holds files the wrap would replace. */
    public boolean outputWouldReplaceFiles() {
        Path folder = outputFolder.get();
        if (folder == null) {
            return false;
        }
        List<Path> targets = regionNames.get().isEmpty() ? List.of(folder)
                : regionNames.get().stream().map(folder::resolve).toList();
        return targets.stream().anyMatch(target -> WrappedKeyFiles.OUTPUT_FILES.stream()
                .anyMatch(n -> Files.exists(target.resolve(n))));
    }

    /** True when the wrap may start: output folder fine, review confirmed, split (if wanted) valid, key not weak or confirmed. */
    boolean ready() {
        return outputFolder.get() != null && outputError.get().isEmpty() && confirmed.get()
                && (!splitWanted() || splitError.get().isEmpty()) && !weakKey.refusesWrap();
    }

    /** The weak-key check and its confirmation. */
    public WeakKeyConfirmation weakKey() {
        return weakKey;
    }

    /** Back to the defaults (Start over). */
    void reset() {
        outputFolder.set(null);
        outputError.set("");
        confirmed.set(false);
        overwriteConfirmed.set(false);
        split.set(false);
        custodians.set("");
        sharesFolder.set(null);
        splitError.set("");
        weakKey.reset();
    }

    public ReadOnlyObjectProperty<ImportParameters> parametersProperty() {
        return parameters;
    }

    public ReadOnlyObjectProperty<KeySource> keySourceProperty() {
        return keySource;
    }

    public ReadOnlyStringProperty kcvProperty() {
        return kcv;
    }

    public BooleanProperty splitProperty() {
        return split;
    }

    public IntegerProperty splitThresholdProperty() {
        return splitThreshold;
    }

    public IntegerProperty splitCountProperty() {
        return splitCount;
    }

    public StringProperty custodiansProperty() {
        return custodians;
    }

    public ReadOnlyObjectProperty<Path> sharesFolderProperty() {
        return sharesFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty splitErrorProperty() {
        return splitError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> outputFolderProperty() {
        return outputFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outputErrorProperty() {
        return outputError.getReadOnlyProperty();
    }

    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    /** Set when the officer agreed to replace existing output files. */
    public BooleanProperty overwriteConfirmedProperty() {
        return overwriteConfirmed;
    }
}
