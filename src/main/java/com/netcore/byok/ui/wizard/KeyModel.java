package com.netcore.byok.ui.wizard;

import com.netcore.byok.ceremony.NewKeys;
import com.netcore.byok.ceremony.ShareRestore;
import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.KeyEncoding;
import com.netcore.byok.core.KeyMaker;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.ShareCheck;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The key step, and the only holder of secrets in the UI: the key, the custodians' components and the shares,
 * each in a {@link SecretKeyMaterial} or share that is destroyed when the choice changes, the user goes back
 * past this step, starts over, closes the window, or as soon as the key has been wrapped.
 */
public final class KeyModel {

    public enum KeyChoice {
        GENERATE, ENTER, FILE, COMPONENTS, SHARES
    }

    public static final int MIN_COMPONENTS = 2;
    public static final int MAX_COMPONENTS = 9;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<KeyChoice> choice = new SimpleObjectProperty<>(KeyChoice.GENERATE);
    private final ReadOnlyObjectWrapper<SecretKeyMaterial> key = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KeySource> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper kcv = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final IntegerProperty componentCount = new SimpleIntegerProperty(3);
    private final List<SecretKeyMaterial> components = new ArrayList<>();
    private final ObservableList<String> componentKcvs = FXCollections.observableArrayList();
    private final ObservableList<String> componentKcvsView = FXCollections.unmodifiableObservableList(componentKcvs);
    private final ReadOnlyObjectWrapper<SecretKeyMaterial> pendingComponent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pendingComponentKcv = new ReadOnlyStringWrapper("");
    private final ShareRestore shares = new ShareRestore();
    private final ObservableList<String> sharesAdded = FXCollections.observableArrayList();
    private final ObservableList<String> sharesAddedView = FXCollections.unmodifiableObservableList(sharesAdded);
    private final ReadOnlyStringWrapper sharesStatus = new ReadOnlyStringWrapper("");

    KeyModel() {
        choice.addListener((obs, old, now) -> destroyKeyMaterial());
        componentCount.addListener((obs, old, now) -> destroyKeyMaterial());
    }

    public void generateKey() {
        setKey(NewKeys.generate(KeyMaker.strongRandom()));
    }

    /** Decodes typed hex or base64; the caller wipes {@code typed}. */
    public boolean enterKey(char[] typed) {
        try {
            setKey(NewKeys.entered(typed, Messages.get("key.entered.what")));
            return true;
        } catch (ByokException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    public void loadKeyFile(Path file) {
        try {
            setKey(NewKeys.fromKeyFile(file, Messages.get("key.file.what")));
        } catch (ByokException e) {
            error.set(e.getMessage());
        }
    }

    /** Decodes the current custodian's component and shows its check value; nothing is kept until accepted. */
    public boolean checkComponent(char[] typed) {
        discardPendingComponent();
        error.set("");
        try {
            SecretKeyMaterial component = KeyEncoding.fromText(typed,
                    Messages.get("key.component.what", components.size() + 1));
            pendingComponent.set(component);
            pendingComponentKcv.set(component.kcv());
            return true;
        } catch (ByokException e) {
            error.set(e.getMessage());
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
                AssembledKey combined = NewKeys.fromComponents(components);
                destroyComponents();
                setKey(combined);
            } catch (ByokException e) {
                destroyComponents();
                error.set(e.getMessage() + " " + Messages.get("key.components.restart"));
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

    /** Adds a custodian's share from a text share file or an image of its sheet's QR code, on this thread. */
    public void addShareFile(Path file) {
        try {
            shareFileRead(readShareFile(file).call(), file);
        } catch (Exception e) {
            shareFileFailed(e);
        }
    }

    /** Reading a share file, or decoding a scanned sheet's QR code, for a worker thread (a scan can be slow). */
    public Callable<KeyShare> readShareFile(Path file) {
        error.set("");
        return () -> ShareRestore.read(file);
    }

    /** Takes a share read by {@link #readShareFile} (FX thread). */
    public void shareFileRead(KeyShare share, Path file) {
        try {
            addShare(share, Messages.get("key.shares.fromFile", file.getFileName()));
        } catch (ByokException e) {
            error.set(e.getMessage());
        }
    }

    public void shareFileFailed(Throwable failure) {
        error.set(failure instanceof ByokException ? failure.getMessage()
                : Messages.get("key.shares.unexpected", failure.getClass().getSimpleName()));
    }

    /** Live feedback while a share is typed: which line or group is wrong, or what is still missing. */
    public ShareCheck checkTypedShare(CharSequence typed) {
        return ShareRestore.check(typed);
    }

    /** Adds a share typed from its sheet; true when it was accepted. The caller wipes {@code typed}. */
    public boolean addTypedShare(CharSequence typed) {
        error.set("");
        try {
            String what = Messages.get("key.shares.typed");
            addShare(ShareRestore.parse(typed, what), what);
            return true;
        } catch (ByokException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    private void addShare(KeyShare share, String from) {
        String description = Messages.get("key.shares.added", share.number(), share.scheme().count(), share.kcv(), from);
        shares.add(share, from);
        sharesAdded.add(description);
        if (!shares.complete()) {
            sharesStatus.set(Messages.get("key.shares.missing", shares.size(), shares.threshold(), shares.missing()));
            return;
        }
        try {
            setKey(shares.restore());
            sharesStatus.set(Messages.get("key.shares.restored"));
        } catch (ByokException e) {
            discardShares();
            error.set(e.getMessage());
        }
    }

    private void setKey(AssembledKey made) {
        SecretKeyMaterial old = key.get();
        if (old != null) {
            old.destroy();
        }
        key.set(made.key());
        source.set(made.source());
        kcv.set(made.key().kcv());
        error.set("");
    }

    /** True when there is key material that going back would destroy (the view asks first). */
    boolean holdsKeyMaterial() {
        return key.get() != null || !components.isEmpty();
    }

    /** Destroys the key and every component, accepted or pending, and every share. */
    public void destroyKeyMaterial() {
        SecretKeyMaterial old = key.get();
        if (old != null) {
            old.destroy();
        }
        key.set(null);
        source.set(null);
        kcv.set("");
        error.set("");
        discardPendingComponent();
        destroyComponents();
        discardShares();
    }

    private void discardShares() {
        shares.discard();
        sharesAdded.clear();
        sharesStatus.set("");
    }

    private void destroyComponents() {
        components.forEach(SecretKeyMaterial::destroy);
        components.clear();
        componentKcvs.clear();
    }

    /** Set while the key step is shown; the view wipes its typed secrets when it turns false. */
    void setActive(boolean shown) {
        active.set(shown);
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ObjectProperty<KeyChoice> choiceProperty() {
        return choice;
    }

    public ReadOnlyObjectProperty<SecretKeyMaterial> keyProperty() {
        return key.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeySource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kcvProperty() {
        return kcv.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
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
}
