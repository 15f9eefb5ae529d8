package com.netcore.byok.ui.wizard;

import com.netcore.byok.ui.common.Dialogs;
import com.netcore.byok.ui.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** What every wizard controller gets: the model and the dialogs; and the loader that hands them over. */
public record WizardContext(WizardModel model, Dialogs dialogs) {

    /** Loads {@code name}.fxml from this package; its controller is built with this context. */
    public <C> Loaded<C> load(String name) {
        FXMLLoader loader = new FXMLLoader(WizardContext.class.getResource(name + ".fxml"), Messages.bundle());
        loader.setControllerFactory(type -> {
            try {
                return type.getDeclaredConstructor(WizardContext.class).newInstance(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create controller " + type.getName(), e);
            }
        });
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name + ".fxml", e);
        }
    }

    public record Loaded<C>(Parent root, C controller) {
    }
}
