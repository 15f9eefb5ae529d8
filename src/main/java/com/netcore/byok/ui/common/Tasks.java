package com.netcore.byok.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Slow work off the FX thread: the callbacks run back on the FX thread. */
public final class Tasks {
    /** A thread per running task: a slow KMS call in the operator tab never holds up the wizard's wrap. */
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "byok-worker");
        thread.setDaemon(true);
        return thread;
    });

    private Tasks() {
    }

    public static <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        WORKER.execute(task);
        return task;
    }
}
