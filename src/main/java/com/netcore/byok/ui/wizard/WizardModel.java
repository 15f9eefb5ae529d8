package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.Durations;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.KeyEncoding;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.KeyShares;
import com.netcore.byok.core.KeyMaterials;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.ShareCheck;
import com.netcore.byok.core.ShareScheme;
import com.netcore.byok.core.ShareSet;
import com.netcore.byok.core.ShareText;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import com.netcore.byok.paper.ShareFiles;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer wizard's state and rules, as JavaFX properties without controls, so tests drive it
 * without a toolkit. Views bind to it and call its actions; it calls {@code core} and nothing else.
 * Key material lives only here, in {@link SecretKeyMaterial}s that are destroyed when the user goes
 * back past the key step, starts over, closes the window, or as soon as the key has been wrapped.
 */
public final class WizardModel {

    public enum Step {
        START, PARAMETERS, KEY, REVIEW, WRAP, DONE
    }

    public enum KeyChoice {
        GENERATE, ENTER, FILE, COMPONENTS, SHARES
    }

    public static final int MIN_COMPONENTS = 2;
    public static final int MAX_COMPONENTS = 9;

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.START);

    // import parameters
    private final ReadOnlyObjectWrapper<Path> parametersSource = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WrappingPublicKey> publicKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportReadme> readme = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportParameters> parameters = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper algorithmChoiceNeeded = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<WrappingAlgorithm> chosenAlgorithm = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper parametersError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper expiresSoon = new ReadOnlyBooleanWrapper();
    private final BooleanProperty fingerprintCompared = new SimpleBooleanProperty();

    // key
    private final ObjectProperty<KeyChoice> keyChoice = new SimpleObjectProperty<>(KeyChoice.GENERATE);
    private final ReadOnlyObjectWrapper<SecretKeyMaterial> key = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KeySource> keySource = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper kcv = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper("");
    private final IntegerProperty componentCount = new SimpleIntegerProperty(3);
    private final List<SecretKeyMaterial> components = new ArrayList<>();
    private final ObservableList<String> componentKcvs = FXCollections.observableArrayList();
    private final ObservableList<String> componentKcvsView = FXCollections.unmodifiableObservableList(componentKcvs);
    private final ReadOnlyObjectWrapper<SecretKeyMaterial> pendingComponent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pendingComponentKcv = new ReadOnlyStringWrapper("");

    private ShareSet shareSet = new ShareSet();
    private final ObservableList<String> sharesAdded = FXCollections.observableArrayList();
    private final ObservableList<String> sharesAddedView = FXCollections.unmodifiableObservableList(sharesAdded);
    private final ReadOnlyStringWrapper sharesStatus = new ReadOnlyStringWrapper("");

    // split for custodians
    private final BooleanProperty split = new SimpleBooleanProperty();
    private final IntegerProperty splitThreshold = new SimpleIntegerProperty(2);
    private final IntegerProperty splitCount = new SimpleIntegerProperty(3);
    private final StringProperty custodians = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> sharesFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper splitError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Path>> sharesWritten = new ReadOnlyObjectWrapper<>(List.of());

    // review and wrap
    private final ReadOnlyObjectWrapper<Path> outputFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper outputError = new ReadOnlyStringWrapper("");
    private final BooleanProperty reviewConfirmed = new SimpleBooleanProperty();
    private final BooleanProperty overwriteConfirmed = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper wrapError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<WrappedKeyFiles.Written> written = new ReadOnlyObjectWrapper<>();

    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;

    public WizardModel(Clock clock) {
        this.clock = clock;
        chosenAlgorithm.addListener((obs, old, now) -> settleParameters());
        keyChoice.addListener((obs, old, now) -> destroyKeyMaterial());
        componentCount.addListener((obs, old, now) -> destroyKeyMaterial());
        split.addListener((obs, old, now) -> checkSplit());
        splitThreshold.addListener((obs, old, now) -> checkSplit());
        splitCount.addListener((obs, old, now) -> checkSplit());
        custodians.addListener((obs, old, now) -> checkSplit());
        outputFolder.addListener((obs, old, now) -> checkSplit());
        keySource.addListener((obs, old, now) -> checkSplit());
        canGoNext = Bindings.createBooleanBinding(this::nextAllowed, step, parameters, fingerprintCompared, key,
                outputFolder, outputError, reviewConfirmed, busy, split, splitError);
        canGoBack = Bindings.createBooleanBinding(this::backAllowed, step, busy, wrapError);
    }

    // ---- navigation

    private boolean nextAllowed() {
        if (busy.get()) {
            return false;
        }
        return switch (step.get()) {
            case START -> true;
            case PARAMETERS -> parameters.get() != null && fingerprintCompared.get();
            case KEY -> key.get() != null;
            case REVIEW -> outputFolder.get() != null && outputError.get().isEmpty() && reviewConfirmed.get()
                    && key.get() != null && (!splitWanted() || splitError.get().isEmpty());
            case WRAP, DONE -> false;
        };
    }

    private boolean backAllowed() {
        if (busy.get()) {
            return false;
        }
        return switch (step.get()) {
            case PARAMETERS, KEY, REVIEW -> true;
            case WRAP -> !wrapError.get().isEmpty();
            case START, DONE -> false;
        };
    }

    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        Step current = step.get();
        if (current == Step.REVIEW) {
            wrapError.set("");
        }
        step.set(Step.values()[current.ordinal() + 1]);
    }

    /** Going back from the key step to the parameters destroys the key: it was made for those parameters. */
    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        Step current = step.get();
        if (current == Step.KEY) {
            destroyKeyMaterial();
        }
        step.set(current == Step.WRAP ? Step.REVIEW : Step.values()[current.ordinal() - 1]);
    }

    /** True when going back from here would destroy key material (the view asks first). */
    public boolean backDestroysKey() {
        return step.get() == Step.KEY && (key.get() != null || !components.isEmpty());
    }

    /** Wipes everything and returns to the first step. */
    public void startOver() {
        destroyKeyMaterial();
        parametersSource.set(null);
        publicKey.set(null);
        readme.set(null);
        parameters.set(null);
        chosenAlgorithm.set(null);
        algorithmChoiceNeeded.set(false);
        parametersError.set("");
        timeLeft.set("");
        expiresSoon.set(false);
        fingerprintCompared.set(false);
        keyChoice.set(KeyChoice.GENERATE);
        outputFolder.set(null);
        outputError.set("");
        reviewConfirmed.set(false);
        overwriteConfirmed.set(false);
        split.set(false);
        custodians.set("");
        sharesFolder.set(null);
        splitError.set("");
        wrapError.set("");
        written.set(null);
        sharesWritten.set(List.of());
        step.set(Step.START);
    }

    // ---- import parameters

    /** Loads a parameters folder, or a public key file (with the README beside it, if any). */
    public void loadParameters(Path folderOrPublicKey) {
        clearParameters();
        parametersSource.set(folderOrPublicKey);
        try {
            ImportParameters.Located files = Files.isDirectory(folderOrPublicKey)
                    ? ImportParameters.locate(folderOrPublicKey)
                    : new ImportParameters.Located(folderOrPublicKey, besideReadme(folderOrPublicKey));
            WrappingPublicKey loadedKey = WrappingPublicKey.load(files.publicKey());
            Optional<ImportReadme> loadedReadme = files.readme().map(ImportReadme::load);
            loadedReadme.ifPresent(r -> ImportParameters.checkConsistent(r, loadedKey));
            publicKey.set(loadedKey);
            readme.set(loadedReadme.orElse(null));
            algorithmChoiceNeeded.set(loadedReadme.flatMap(ImportReadme::algorithm).isEmpty());
            settleParameters();
        } catch (ByokException e) {
            parametersError.set(e.getMessage());
        }
    }

    private static Optional<Path> besideReadme(Path publicKeyFile) {
        Path folder = publicKeyFile.toAbsolutePath().getParent();
        Path readme = folder == null ? null : folder.resolve(ImportReadme.FILE_NAME);
        return readme != null && Files.isRegularFile(readme) ? Optional.of(readme) : Optional.empty();
    }

    private void clearParameters() {
        destroyKeyMaterial();
        publicKey.set(null);
        readme.set(null);
        parameters.set(null);
        parametersError.set("");
        timeLeft.set("");
        expiresSoon.set(false);
        fingerprintCompared.set(false);
        algorithmChoiceNeeded.set(false);
    }

    private void settleParameters() {
        if (publicKey.get() == null) {
            return;
        }
        parameters.set(null);
        if (algorithmChoiceNeeded.get() && chosenAlgorithm.get() == null) {
            parametersError.set(Messages.get("parameters.chooseAlgorithm"));
            return;
        }
        try {
            ImportParameters settled = ImportParameters.of(publicKey.get(), Optional.ofNullable(readme.get()),
                    Optional.ofNullable(chosenAlgorithm.get()));
            settled.requireNotExpired(clock);
            parameters.set(settled);
            parametersError.set("");
            refreshTimeLeft();
        } catch (ByokException e) {
            parametersError.set(e.getMessage());
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
                parametersError.set(e.getMessage());
            }
            return;
        }
        boolean soon = left.get().compareTo(ImportParameters.SHORT_TIME_LEFT) < 0;
        String zone = current.validToZoneAssumed() ? " " + Messages.get("parameters.zoneAssumed") : "";
        timeLeft.set(Messages.get(soon ? "parameters.timeLeftSoon" : "parameters.timeLeft",
                Durations.describe(left.get()), current.validTo().get().toString()) + zone);
        expiresSoon.set(soon);
    }

    // ---- key

    public void generateKey() {
        SecureRandom random = KeyMaterials.strongRandom();
        setKey(KeyMaterials.generate(random), KeySource.generated(KeyMaterials.describe(random)));
    }

    /** Decodes typed hex or base64; the caller wipes {@code typed}. */
    public boolean enterKey(char[] typed) {
        try {
            setKey(KeyEncoding.fromText(typed, Messages.get("key.entered.what")), KeySource.entered());
            return true;
        } catch (ByokException e) {
            keyError.set(e.getMessage());
            return false;
        }
    }

    public void loadKeyFile(Path file) {
        try {
            setKey(KeyMaterials.fromFile(file, Messages.get("key.file.what")), KeySource.keyFile(file.getFileName().toString()));
        } catch (ByokException e) {
            keyError.set(e.getMessage());
        }
    }

    /** Decodes the current custodian's component and shows its check value; nothing is kept until accepted. */
    public boolean checkComponent(char[] typed) {
        discardPendingComponent();
        keyError.set("");
        try {
            SecretKeyMaterial component = KeyEncoding.fromText(typed,
                    Messages.get("key.component.what", components.size() + 1));
            pendingComponent.set(component);
            pendingComponentKcv.set(component.kcv());
            return true;
        } catch (ByokException e) {
            keyError.set(e.getMessage());
            return false;
        }
    }

    /** The custodian confirmed the check value; after the last component the key is assembled. */
    public void acceptComponent() {
        SecretKeyMaterial component = pendingComponent.get();
        if (component == null) {
            return;
        }
        pendingComponent.set(null);
        pendingComponentKcv.set("");
        components.add(component);
        componentKcvs.add(component.kcv());
        if (components.size() == componentCount.get()) {
            try {
                SecretKeyMaterial combined = KeyMaterials.combine(components);
                List<String> kcvs = List.copyOf(componentKcvs);
                destroyComponents();
                setKey(combined, KeySource.components(kcvs));
            } catch (ByokException e) {
                destroyComponents();
                keyError.set(e.getMessage() + " " + Messages.get("key.components.restart"));
            }
        }
    }

    /** The check value did not match the custodian's record: the component is discarded, to be typed again. */
    public void discardPendingComponent() {
        SecretKeyMaterial pending = pendingComponent.get();
        if (pending != null) {
            pending.destroy();
        }
        pendingComponent.set(null);
        pendingComponentKcv.set("");
    }

    /** Number of components already accepted. */
    public int acceptedComponents() {
        return components.size();
    }

    /** Adds a custodian's share from a text share file or an image of its sheet's QR code. */
    public void addShareFile(Path file) {
        try {
            shareFileRead(readShareFile(file).call(), file);
        } catch (Exception e) {
            shareFileFailed(e);
        }
    }

    /** Reading a share file, or decoding a scanned sheet's QR code, for a worker thread (a scan can be slow). */
    public Callable<KeyShare> readShareFile(Path file) {
        keyError.set("");
        return () -> ShareFiles.read(file);
    }

    /** Takes a share read by {@link #readShareFile} (FX thread). */
    public void shareFileRead(KeyShare share, Path file) {
        try {
            addShare(share, Messages.get("key.shares.fromFile", file.getFileName()));
        } catch (ByokException e) {
            keyError.set(e.getMessage());
        }
    }

    public void shareFileFailed(Throwable failure) {
        keyError.set(failure instanceof ByokException ? failure.getMessage()
                : Messages.get("key.shares.unexpected", failure.getClass().getSimpleName()));
    }

    /** Live feedback while a share is typed: which line or group is wrong, or what is still missing. */
    public ShareCheck checkTypedShare(String typed) {
        return ShareText.check(typed);
    }

    /** Adds a share typed from its sheet; true when it was accepted. */
    public boolean addTypedShare(String typed) {
        keyError.set("");
        try {
            addShare(ShareText.parse(typed, Messages.get("key.shares.typed")), Messages.get("key.shares.typed"));
            return true;
        } catch (ByokException e) {
            keyError.set(e.getMessage());
            return false;
        }
    }

    private void addShare(KeyShare share, String source) {
        String description = Messages.get("key.shares.added", share.number(), share.scheme().count(), share.kcv(), source);
        shareSet.add(share, source);
        sharesAdded.add(description);
        if (shareSet.complete()) {
            KeyMaterials.Assembled restored;
            try {
                restored = shareSet.restore();
            } catch (ByokException e) {
                discardShares();
                keyError.set(e.getMessage());
                return;
            }
            shareSet.close();
            shareSet = new ShareSet();
            setKey(restored.key(), restored.source());
            sharesStatus.set(Messages.get("key.shares.restored"));
        } else {
            sharesStatus.set(Messages.get("key.shares.missing", shareSet.size(), shareSet.threshold(), shareSet.missing()));
        }
    }

    private void setKey(SecretKeyMaterial material, KeySource source) {
        SecretKeyMaterial old = key.get();
        if (old != null) {
            old.destroy();
        }
        key.set(material);
        keySource.set(source);
        kcv.set(material.kcv());
        keyError.set("");
    }

    /** Destroys the key and every component, accepted or pending. */
    public void destroyKeyMaterial() {
        SecretKeyMaterial old = key.get();
        if (old != null) {
            old.destroy();
        }
        key.set(null);
        keySource.set(null);
        kcv.set("");
        keyError.set("");
        discardPendingComponent();
        destroyComponents();
        discardShares();
    }

    private void discardShares() {
        shareSet.close();
        shareSet = new ShareSet();
        sharesAdded.clear();
        sharesStatus.set("");
    }

    private void destroyComponents() {
        components.forEach(SecretKeyMaterial::destroy);
        components.clear();
        componentKcvs.clear();
    }

    // ---- review and wrap

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
            List<String> names = custodianNames();
            if (!names.isEmpty() && names.size() != scheme.count()) {
                throw new ByokException(Messages.get("review.split.custodianCount", names.size(), scheme.count()));
            }
            names.forEach(KeyShare::checkCustodian);
            if (sharesFolder.get() == null) {
                throw new ByokException(Messages.get("review.split.noFolder"));
            }
            if (outputFolder.get() != null) {
                ShareFiles.checkFolder(sharesFolder.get(), outputFolder.get(), scheme);
            }
            splitError.set("");
        } catch (ByokException e) {
            splitError.set(e.getMessage());
        }
    }

    private List<String> custodianNames() {
        return Arrays.stream(custodians.get().split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
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
        return folder != null && WrappedKeyFiles.OUTPUT_FILES.stream().anyMatch(n -> Files.exists(folder.resolve(n)));
    }

    /**
     * The wrap as a job for a worker thread: wraps, writes the three files, returns what was written.
     * Call {@link #wrapSucceeded} or {@link #wrapFailed} on the FX thread afterwards.
     */
    public WrapJob startWrap() {
        boolean overwrite = overwriteConfirmed.get();
        busy.set(true);
        wrapError.set("");
        ImportParameters params = parameters.get();
        SecretKeyMaterial material = key.get();
        KeySource source = keySource.get();
        Path folder = outputFolder.get();
        Optional<ShareScheme> scheme = splitWanted()
                ? Optional.of(new ShareScheme(splitThreshold.get(), splitCount.get())) : Optional.empty();
        List<String> names = custodianNames();
        Path sharesTo = sharesFolder.get();
        return () -> {
            SecureRandom random = KeyMaterials.strongRandom();
            Optional<WrappedKeyFiles.SharesOut> shares = Optional.empty();
            if (scheme.isPresent()) {
                List<KeyShare> parts = KeyShares.split(material, scheme.get(), names,
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), random);
                try {
                    shares = Optional.of(ShareFiles.render(parts, sharesTo));
                } finally {
                    parts.forEach(KeyShare::destroy);
                }
            }
            WrappedKeyFiles.Written result = WrappedKeyFiles.wrapAndWrite(params, material, source, folder, overwrite,
                    random, clock, shares);
            return new WrapResult(result, shares.map(out -> out.files().keySet().stream().map(sharesTo::resolve).toList())
                    .orElse(List.of()));
        };
    }

    /** What a wrap wrote: the three files, and the custodians' share files when the key was split. */
    public record WrapResult(WrappedKeyFiles.Written written, List<Path> shareFiles) {
    }

    /** Work that runs off the FX thread. */
    @FunctionalInterface
    public interface WrapJob {
        WrapResult call();
    }

    public void wrapSucceeded(WrapResult result) {
        busy.set(false);
        sharesWritten.set(result.shareFiles());
        written.set(result.written());
        destroyKeyMaterial(); // wrapped: the plaintext is no longer needed
        step.set(Step.DONE);
    }

    public void wrapFailed(Throwable failure) {
        busy.set(false);
        wrapError.set(failure instanceof ByokException ? failure.getMessage()
                : Messages.get("wrap.unexpected", failure.getClass().getSimpleName()));
    }

    // ---- properties

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> parametersSourceProperty() {
        return parametersSource.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WrappingPublicKey> publicKeyProperty() {
        return publicKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReadme> readmeProperty() {
        return readme.getReadOnlyProperty();
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

    public ReadOnlyStringProperty parametersErrorProperty() {
        return parametersError.getReadOnlyProperty();
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

    public ObjectProperty<KeyChoice> keyChoiceProperty() {
        return keyChoice;
    }

    public ReadOnlyObjectProperty<SecretKeyMaterial> keyProperty() {
        return key.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeySource> keySourceProperty() {
        return keySource.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kcvProperty() {
        return kcv.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keyErrorProperty() {
        return keyError.getReadOnlyProperty();
    }

    public IntegerProperty componentCountProperty() {
        return componentCount;
    }

    public ObservableList<String> componentKcvs() {
        return componentKcvsView; // one view: its listeners must live as long as the model
    }

    public ReadOnlyObjectProperty<SecretKeyMaterial> pendingComponentProperty() {
        return pendingComponent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingComponentKcvProperty() {
        return pendingComponentKcv.getReadOnlyProperty();
    }

    public ObservableList<String> sharesAdded() {
        return sharesAddedView;
    }

    public ReadOnlyStringProperty sharesStatusProperty() {
        return sharesStatus.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<List<Path>> sharesWrittenProperty() {
        return sharesWritten.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> outputFolderProperty() {
        return outputFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outputErrorProperty() {
        return outputError.getReadOnlyProperty();
    }

    public BooleanProperty reviewConfirmedProperty() {
        return reviewConfirmed;
    }

    /** Set when the user agreed to replace existing output files. */
    public BooleanProperty overwriteConfirmedProperty() {
        return overwriteConfirmed;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wrapErrorProperty() {
        return wrapError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WrappedKeyFiles.Written> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextBinding() {
        return canGoNext;
    }

    public BooleanBinding canGoBackBinding() {
        return canGoBack;
    }
}
