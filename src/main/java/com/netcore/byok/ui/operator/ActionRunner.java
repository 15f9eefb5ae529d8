package com.netcore.byok.ui.operator;

import com.netcore.byok.ui.common.Tasks;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Runs the operator's actions off the FX thread, one at a time. Input mistakes are shown at once; every outcome is
 * scrolled into view and announced in the status line; a success marks its step done.
 */
final class ActionRunner {
    /** What a job's success means: the step is done, or only something was shown, or a first half of two. */
    enum Completion {
        STEP_DONE, SHOWN, FIRST_HALF
    }

    private final OperatorModel model;
    private final ScrollPane scroll;
    private final Node outcomeNode;
    private Task<?> running;

    ActionRunner(OperatorModel model, ScrollPane scroll, Node outcomeNode) {
        this.model = model;
        this.scroll = scroll;
        this.outcomeNode = outcomeNode;
    }

    <T> void run(OperatorModel.Action step, Completion completion, Callable<Callable<T>> build, Consumer<T> onSuccess) {
        ActionOutcome outcome = model.outcome();
        if (outcome.busyProperty().get()) {
            return;
        }
        Callable<T> job;
        try {
            job = build.call();
        } catch (Exception e) { // an input mistake (a sentence) before anything runs
            failed(step, e);
            return;
        }
        outcome.started();
        running = Tasks.run(job, value -> {
            onSuccess.accept(value);
            if (completion == Completion.STEP_DONE) {
                model.progress().done(step);
            }
            if (completion != Completion.FIRST_HALF) {
                announce(step);
            }
        }, e -> failed(step, e));
        running.setOnCancelled(e -> {
            outcome.cancelled();
            model.statusLine().failed(OperatorSteps.title(step), outcome.errorProperty().get());
            Viewport.reveal(scroll, outcomeNode);
        });
    }

    void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    void announce(OperatorModel.Action step) {
        model.statusLine().succeeded(OperatorSteps.title(step), model.outcome().resultProperty().get());
        Viewport.reveal(scroll, outcomeNode);
    }

    private void failed(OperatorModel.Action step, Throwable failure) {
        model.outcome().failed(failure);
        model.statusLine().failed(OperatorSteps.title(step), model.outcome().errorProperty().get());
        Viewport.reveal(scroll, outcomeNode);
    }
}
