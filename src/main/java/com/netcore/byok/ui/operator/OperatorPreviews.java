package com.netcore.byok.ui.operator;

import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;

/** "What this will do": each action's preview, from the model's current choices, before anything runs. */
final class OperatorPreviews {
    private OperatorPreviews() {
    }

    static String preview(OperatorModel model, OperatorModel.Action which) {
        String keyRef = model.keyRefProperty().get();
        String key = keyRef.isBlank() ? Messages.get("operator.noKey") : keyRef.strip();
        String alias = model.aliasProperty().get();
        Path policy = model.policyFileProperty().get();
        return switch (which) {
            case CREATE -> Messages.get("operator.create.preview", alias.isBlank() ? Messages.get("operator.none")
                    : alias.strip(), model.multiRegionProperty().get() ? "multi-Region" : "single-Region",
                    policy == null ? Messages.get("operator.create.defaultPolicy") : policy.toString());
            case PARAMETERS -> Messages.get("operator.parameters.preview", key, model.algorithmProperty().get().name(),
                    model.keySpecProperty().get().name(), folderText(model.parametersFolderProperty().get()));
            case IMPORT -> Messages.get("operator.import.preview", folderText(model.wrappedProperty().get()), key,
                    folderText(model.parametersFolderProperty().get()), expiryText(model),
                    model.newMaterialProperty().get() ? Messages.get("operator.import.newMaterial")
                            : Messages.get("operator.import.sameOrFirst"), model.logFileProperty().get());
            case STATUS -> Messages.get("operator.status.preview", key);
            case ROTATE -> Messages.get("operator.rotate.preview", key);
            case REVOKE -> Messages.get("operator.revoke.preview", key);
            case DRILL -> Messages.get("operator.drill.preview");
        };
    }

    private static String expiryText(OperatorModel model) {
        return model.noExpiryProperty().get() ? Messages.get("operator.import.never")
                : Messages.get("operator.import.expiresOn", model.expiryInstant().toString(),
                        model.expiryDaysProperty().get());
    }

    static String folderText(Path folder) {
        return folder == null ? Messages.get("operator.notChosen") : folder.toString();
    }
}
