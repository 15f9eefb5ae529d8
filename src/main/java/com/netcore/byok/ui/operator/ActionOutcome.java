package com.netcore.byok.ui.operator;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the last action did: running or not, its result text or its one-sentence error, the last key status. */
public final class ActionOutcome {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<KeyStatus> lastStatus = new ReadOnlyObjectWrapper<>();

    public void started() {
        busy.set(true);
        error.set("");
    }

    public void succeeded(String text) {
        result.set(text);
        busy.set(false); // last: whoever waits for the end sees the outcome
    }

    public void statusArrived(KeyStatus status, String text) {
        lastStatus.set(status);
        succeeded(text);
    }

    public void failed(Throwable failure) {
        error.set(failure instanceof ByokException ? failure.getMessage()
                : Messages.get("operator.unexpected", failure.getClass().getSimpleName()));
        busy.set(false);
    }

    public void cancelled() {
        error.set(Messages.get("operator.cancelled"));
        busy.set(false);
    }

    /** Shows a message without running anything (e.g. a choice the operator declined). */
    public void note(String text) {
        result.set(text);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyStatus> lastStatusProperty() {
        return lastStatus.getReadOnlyProperty();
    }
}
