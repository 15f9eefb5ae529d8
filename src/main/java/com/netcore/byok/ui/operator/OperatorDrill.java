package com.netcore.byok.ui.operator;

import com.netcore.byok.kms.Drill;
import com.netcore.byok.kms.DrillReport;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.WrappingKeySpec;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The operator tab's drill: the whole ceremony on a throw-away key (see {@link Drill}), its step lines shown as
 * they come, then the summary. Exit status in the tab: every step ok, or the failed step names the permission.
 */
public final class OperatorDrill {
    private final BooleanProperty keep = new SimpleBooleanProperty();
    private final ObjectProperty<WrappingKeySpec> keySpec = new SimpleObjectProperty<>(WrappingKeySpec.RECOMMENDED);
    private final Supplier<Kms> connection;

    OperatorDrill(Supplier<Kms> connection) {
        this.connection = connection;
    }

    /** The drill as a job; {@code lines} gets each step's line on the FX thread as it ends. */
    public Callable<String> job(Consumer<String> lines) {
        boolean keepKey = keep.get();
        WrappingKeySpec spec = keySpec.get();
        return () -> {
            DrillReport report = Drill.run(connection.get(), spec, keepKey,
                    step -> Platform.runLater(() -> lines.accept(step.line())));
            return report.report();
        };
    }

    public BooleanProperty keepProperty() {
        return keep;
    }

    public ObjectProperty<WrappingKeySpec> keySpecProperty() {
        return keySpec;
    }
}
