package com.netcore.byok.ui.wizard;

import com.netcore.byok.ceremony.TrustedVendors;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.LoadedParameters;
import com.netcore.byok.core.SignedParameters;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The vendor's signature on the parameters step. Without pinned vendors the fingerprint comparison stays, and a
 * signed README offers its certificate to compare and trust once. With pinned vendors, parameters must carry a
 * valid signature by one of them, or they are refused with the reason.
 */
public final class VendorTrustModel {
    /** What the step shows about the vendor's signature. */
    public enum State { NONE, OFFERED, VERIFIED, REFUSED }

    private final TrustedVendors store;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SignerCertificate> offered = new ReadOnlyObjectWrapper<>();
    private SignerCertificate verifiedSigner;
    private final ObservableList<SignerCertificate> pinned = FXCollections.observableArrayList();
    /** One view for all callers: a view listens to {@link #pinned} weakly, so a fresh one per call loses listeners. */
    private final ObservableList<SignerCertificate> pinnedView = FXCollections.unmodifiableObservableList(pinned);

    VendorTrustModel(TrustedVendors store) {
        this.store = store;
        refreshPins();
    }

    /**
     * Checks {@code files} against the pinned vendors; returns the parameters to use (read again together with
     * the signature when it verified), or empty when they are refused ({@link #message} says why).
     */
    Optional<LoadedParameters> check(LoadedParameters files) {
        offered.set(null);
        verifiedSigner = null;
        refreshPins(); // the folder may have changed since (another window, the command line)
        Optional<Path> signature = files.readme().map(ImportReadme::file).map(DetachedSignature::fileFor)
                .filter(java.nio.file.Files::isRegularFile);
        Optional<SignerCertificate> included = signature.flatMap(DetachedSignature::includedSigner);
        if (pinned.isEmpty()) {
            included.ifPresent(offered::set);
            set(included.isPresent() ? State.OFFERED : State.NONE, included.map(c -> Messages.get(
                    "vendor.offered", c.subject())).orElse(""));
            return Optional.of(files);
        }
        if (signature.isEmpty()) {
            set(State.REFUSED, Messages.get("vendor.unsigned", names()));
            return Optional.empty();
        }
        SignerCertificate pin = included.flatMap(c -> pinned.stream().filter(p -> p.fingerprint()
                .equals(c.fingerprint())).findFirst()).orElse(pinned.get(0));
        try {
            SignedParameters signed = SignedParameters.load(files.source(), pin);
            verifiedSigner = signed.signer();
            set(State.VERIFIED, Messages.get("vendor.verified", signed.signer().subject()));
            return Optional.of(signed.loaded());
        } catch (ByokException e) {
            set(State.REFUSED, e.getMessage());
            return Optional.empty();
        }
    }

    /** Pins the offered certificate (after the person compared its fingerprint); the caller checks again. */
    void trustOffered() {
        SignerCertificate certificate = offered.get();
        if (certificate != null) {
            store.pin(certificate);
            refreshPins();
        }
    }

    /** Removes a pin; the caller checks the loaded parameters again. */
    void remove(SignerCertificate certificate) {
        store.remove(certificate);
        refreshPins();
    }

    void clear() {
        offered.set(null);
        verifiedSigner = null;
        set(State.NONE, "");
    }

    private void refreshPins() {
        pinned.setAll(store.list());
    }

    private String names() {
        return String.join("; ", pinned.stream().map(SignerCertificate::subject).toList());
    }

    private void set(State newState, String text) {
        state.set(newState);
        message.set(text);
    }

    /** The vendor certificate that verified the current parameters, for the receipt. */
    public Optional<SignerCertificate> verifiedSigner() {
        return Optional.ofNullable(verifiedSigner);
    }

    public boolean verified() {
        return state.get() == State.VERIFIED;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SignerCertificate> offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public ObservableList<SignerCertificate> pinned() {
        return pinnedView;
    }

    public Path folder() {
        return store.folder();
    }
}
