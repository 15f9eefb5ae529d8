package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WeakKeys;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The review step's weak-key check: why the key looks like a test or placeholder key ({@link WeakKeys}), and the
 * officer's statement that it is a known legacy key, without which the wrap is refused.
 */
public final class WeakKeyConfirmation {
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final BooleanProperty knownLegacyKey = new SimpleBooleanProperty();

    WeakKeyConfirmation(ReadOnlyObjectProperty<SecretKeyMaterial> key) {
        key.addListener((obs, old, now) -> check(now));
        check(key.get());
    }

    private void check(SecretKeyMaterial key) {
        knownLegacyKey.set(false); // a confirmation is for one key, never carried over to the next
        reason.set(key == null || key.isDestroyed() ? "" : WeakKeys.reason(key).orElse(""));
    }

    /** True when the key is weak and the officer has not confirmed it is a known legacy key. */
    boolean refusesWrap() {
        return !reason.get().isEmpty() && !knownLegacyKey.get();
    }

    /** The one-sentence reason, empty for a key that looks random. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** Set by the "This is a known legacy key" check box; lets a weak key through. */
    public BooleanProperty knownLegacyKeyProperty() {
        return knownLegacyKey;
    }

    void reset() {
        knownLegacyKey.set(false);
    }
}
