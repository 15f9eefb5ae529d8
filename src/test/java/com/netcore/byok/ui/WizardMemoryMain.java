package com.netcore.byok.ui;

import com.netcore.byok.ui.common.SecretField;
import com.netcore.byok.ui.wizard.KeyModel;
import com.netcore.byok.ui.wizard.WizardModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * A child JVM's wizard walk for the memory search ({@code HeldMain} runs it): the real window, headless under
 * Monocle, driven step by step on the FX thread until Done. Arguments: parameters folder, output folder, then
 * {@code generate}, {@code enter KEY_HEX_FILE} (its hex typed key stroke by key stroke into the key field; the file is read into
 * a wiped array, so that the walk itself holds no copy) or
 * {@code split SHARES_FOLDER} (a generated key split 2-of-3).
 */
public final class WizardMemoryMain {
    private WizardMemoryMain() {
    }

    public static int run(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        CompletableFuture<MainWindow> shown = onFx(() -> {
            MainWindow window = new MainWindow(new ScriptedDialogs(), Clock.systemUTC());
            window.show(new Stage(), 1400, 1050);
            return window;
        });
        MainWindow window = shown.get(60, TimeUnit.SECONDS);
        WizardModel model = window.wizardModel();
        onFx(() -> walkToReview(window, model, Path.of(args[0]), args[2], args.length > 3 ? args[3] : null))
                .get(120, TimeUnit.SECONDS);
        onFx(() -> {
            model.review().chooseOutputFolder(Path.of(args[1]));
            if (args[2].equals("split")) {
                model.review().splitProperty().set(true);
                model.review().chooseSharesFolder(Path.of(args[3]));
            }
            model.review().confirmedProperty().set(true);
            model.next(); // the wizard's controller starts the wrap on a worker thread
            return null;
        }).get(60, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (onFx(() -> model.stepProperty().get()).get() != WizardModel.Step.DONE) {
            if (System.nanoTime() > deadline || !onFx(() -> model.wrapErrorProperty().get()).get().isEmpty()) {
                System.out.println("wizard did not reach Done: " + onFx(() -> model.wrapErrorProperty().get()).get());
                return 1;
            }
            Thread.sleep(200);
        }
        return 0;
    }

    private static Void walkToReview(MainWindow window, WizardModel model, Path params, String mode, String hex) {
        model.next();
        model.parameters().load(params);
        model.parameters().fingerprintComparedProperty().set(true);
        model.next();
        if (mode.equals("enter")) {
            model.key().choiceProperty().set(KeyModel.KeyChoice.ENTER);
            Scene scene = findScene(window);
            SecretField field = (SecretField) scene.lookup("#keyField");
            byte[] typed = com.netcore.byok.core.SafeFiles.readSmall(Path.of(hex), "key", 64);
            for (byte c : typed) { // as key strokes arrive: one character at a time
                field.replaceText(field.getLength(), field.getLength(), String.valueOf((char) c));
            }
            java.util.Arrays.fill(typed, (byte) 0);
            ((Button) scene.lookup("#useKeyButton")).fire();
        } else {
            model.key().generateKey();
        }
        if (model.key().keyProperty().get() == null) {
            throw new IllegalStateException("no key: " + model.key().errorProperty().get());
        }
        model.next();
        return null;
    }

    private static Scene findScene(MainWindow window) {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).findFirst()
                .orElseThrow().getScene();
    }

    private static <T> CompletableFuture<T> onFx(java.util.concurrent.Callable<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
