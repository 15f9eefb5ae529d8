package com.netcore.byok.ui.operator;

import java.util.EnumSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** Which of the operator's steps have succeeded at least once in this session (marked done in the step list). */
public final class StepProgress {
    private final ObservableSet<OperatorModel.Action> done = FXCollections.observableSet(
            EnumSet.noneOf(OperatorModel.Action.class));

    public void done(OperatorModel.Action action) {
        done.add(action);
    }

    public boolean isDone(OperatorModel.Action action) {
        return done.contains(action);
    }

    public ObservableSet<OperatorModel.Action> doneSteps() {
        return done;
    }

    /** A new key starts the process again: only its creation is done. */
    public void newKey() {
        done.retainAll(Set.of(OperatorModel.Action.CREATE));
    }
}
