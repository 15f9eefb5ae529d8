package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.HandOffSigning;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.ceremony.Ceremony;
import com.netcore.byok.ceremony.SplitPlan;
import com.netcore.byok.ceremony.WrapRequest;
import com.netcore.byok.ceremony.WrapResult;
import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeyMaker;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The customer wizard's state without controls, so tests drive it without a toolkit: the current step and the
 * navigation between steps, and the wrap itself (through the ceremony). Each step's own state lives in its step
 * model ({@link ParametersModel}, {@link KeyModel}, the only holder of secrets, and {@link ReviewModel}).
 */
public final class WizardModel {

    public enum Step {
        START, PARAMETERS, KEY, REVIEW, WRAP, DONE
    }

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.START);
    private final KeyModel key = new KeyModel();
    private final ParametersModel parameters;
    private final ReviewModel review;
    private final ReceiptSigningModel receiptSigning = new ReceiptSigningModel();
    private final RegionsModel regions;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper wrapError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<WrappedKeyFiles.Written> written = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Path>> sharesWritten = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;

    public WizardModel(Clock clock) {
        this.clock = clock;
        parameters = new ParametersModel(clock, key::destroyKeyMaterial);
        review = new ReviewModel(parameters.parametersProperty(), key.sourceProperty(), key.kcvProperty(),
                key.keyProperty());
        regions = new RegionsModel(clock, parameters);
        review.regionNames = () -> regions.added().isEmpty() ? List.of()
                : regions.rows().stream().map(RegionsModel.Row::region).toList();
        step.addListener((obs, old, now) -> key.setActive(now == Step.KEY));
        canGoNext = Bindings.createBooleanBinding(this::nextAllowed, step, parameters.parametersProperty(),
                parameters.fingerprintComparedProperty(), key.keyProperty(), review.outputFolderProperty(),
                review.outputErrorProperty(), review.confirmedProperty(), busy, review.splitProperty(),
                review.splitErrorProperty(), regions.loadingProperty(), regions.consistentProperty(),
                review.weakKey().reasonProperty(), review.weakKey().knownLegacyKeyProperty());
        canGoBack = Bindings.createBooleanBinding(this::backAllowed, step, busy, wrapError);
    }

    public ParametersModel parameters() {
        return parameters;
    }

    /** Further Regions of a multi-Region key, beside the parameters step's first folder. */
    public RegionsModel regions() {
        return regions;
    }

    public KeyModel key() {
        return key;
    }

    /** "Sign the receipt with my identity" on the review step. */
    public ReceiptSigningModel receiptSigning() {
        return receiptSigning;
    }

    public ReviewModel review() {
        return review;
    }

    // ---- navigation

    private boolean nextAllowed() {
        if (busy.get()) {
            return false;
        }
        return switch (step.get()) {
            case START -> true;
            case PARAMETERS -> parameters.ready() && regions.ready();
            case KEY -> key.keyProperty().get() != null;
            case REVIEW -> review.ready() && key.keyProperty().get() != null;
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
            key.destroyKeyMaterial();
        }
        step.set(current == Step.WRAP ? Step.REVIEW : Step.values()[current.ordinal() - 1]);
    }

    /** True when going back from here would destroy key material (the view asks first). */
    public boolean backDestroysKey() {
        return step.get() == Step.KEY && key.holdsKeyMaterial();
    }

    /** Wipes everything and returns to the first step. */
    public void startOver() {
        key.destroyKeyMaterial();
        parameters.reset();
        regions.reset();
        key.choiceProperty().set(KeyModel.KeyChoice.GENERATE);
        review.reset();
        receiptSigning.reset();
        wrapError.set("");
        written.set(null);
        sharesWritten.set(List.of());
        step.set(Step.START);
    }

    // ---- wrap

    /**
     * The wrap as a job for a worker thread: wraps, writes the three files (and the shares), returns what was
     * written. Call {@link #wrapSucceeded} or {@link #wrapFailed} on the FX thread afterwards.
     */
    public WrapJob startWrap() {
        boolean overwrite = review.overwriteConfirmedProperty().get();
        busy.set(true);
        wrapError.set("");
        ImportParameters params = parameters.parametersProperty().get();
        AssembledKey material = new AssembledKey(key.keyProperty().get(), key.sourceProperty().get());
        Path folder = review.outputFolderProperty().get();
        Optional<SplitPlan> split = review.splitPlan();
        boolean allowWeakKey = review.weakKey().knownLegacyKeyProperty().get();
        List<ImportParameters> sets = regions.parameterSets(params);
        Optional<SignerCertificate> vendor = parameters.vendorTrust().verifiedSigner();
        ReceiptSigningModel.Identity identity = receiptSigning.take();
        return () -> {
            try (SigningIdentity officer = identity.open()) {
                HandOffSigning signing = new HandOffSigning(vendor, Optional.ofNullable(officer));
                return Ceremony.wrap(new WrapRequest(sets, material, folder, overwrite, split)
                        .withSigning(signing).allowingWeakKey(allowWeakKey),
                        KeyMaker.strongRandom(), clock);
            }
        };
    }

    /** Work that runs off the FX thread. */
    @FunctionalInterface
    public interface WrapJob {
        WrapResult call();
    }

    public void wrapSucceeded(WrapResult result) {
        busy.set(false);
        sharesWritten.set(result.shareFiles());
        regions.wrote(result.writtenPerParameterSet().size() > 1 ? result.writtenPerParameterSet() : List.of());
        written.set(result.written());
        key.destroyKeyMaterial(); // wrapped: the plaintext is no longer needed
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wrapErrorProperty() {
        return wrapError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WrappedKeyFiles.Written> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Path>> sharesWrittenProperty() {
        return sharesWritten.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextBinding() {
        return canGoNext;
    }

    public BooleanBinding canGoBackBinding() {
        return canGoBack;
    }
}
