package com.netcore.byok.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.ui.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.Test;

/** The operator tab, walked against the KMS test server through the real AWS SDK. */
class OperatorTabTest extends OperatorFxTest {
    static final String FIRST_KEY = "3c1f0e9d8b7a69584736251403f2e1d0c9b8a7968574635241302f1e0d0c0b0a";
    static final String SECOND_KEY = "aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55";

    private void runAndWait(String button) {
        robot.clickOn(button);
        try {
            waitLong(() -> !operator().outcome().busyProperty().get());
        } catch (AssertionError e) {
            throw new AssertionError("still busy after " + button + "; status line: "
                    + robot.lookup("#statusLine").queryLabeled().getText() + "; server saw: "
                    + kms.server().operations(), e);
        }
    }

    private String result() {
        return operator().outcome().resultProperty().get();
    }

    private void picture(String name) {
        robot.interact(() -> Screenshots.save(stage.getScene(), name));
    }

    /** The customer's side, through the core: wraps {@code keyHex} for the parameters in {@code params}. */
    private Path customerWraps(Path params, String keyHex, String name) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(keyHex))) {
            WrappedKeyFiles.wrapAndWrite(ImportParameters.fromFolder(params, Optional.empty()), key, KeySource.entered(),
                    out, false, new SecureRandom(), Clock.systemUTC());
        }
        return out;
    }

    private void downloadParameters(Path folder) {
        robot.clickOn("#parametersAction");
        robot.interact(() -> operator().keySpecProperty().set(WrappingKeySpec.RSA_2048)); // fast keys for the test
        dialogs.folder(folder);
        robot.clickOn("#parametersFolderButton");
        runAndWait("#parametersButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
    }

    private void importFrom(Path customerFolder, boolean newMaterial) {
        robot.clickOn("#importAction");
        dialogs.folder(customerFolder);
        robot.clickOn("#wrappedButton");
        if (newMaterial) {
            robot.clickOn("#newMaterial");
        }
        runAndWait("#importButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
    }

    @Test
    void theWholeProcess() throws Exception {
        robot.clickOn("#alias").write("customer-bank-a", 0);
        assertThat(robot.lookup("#preview").queryLabeled().getText()).contains("alias customer-bank-a")
                .contains("root principal only");
        runAndWait("#createButton");
        assertThat(result()).startsWith("Created key arn:aws:kms:eu-west-1:111122223333:key/")
                .contains("Alias: alias/customer-bank-a", "Key policy: default (root principal of account 111122223333");
        String arn = operator().keyRefProperty().get();
        assertThat(arn).startsWith("arn:aws:kms:eu-west-1:111122223333:key/");
        assertThat(kms.server().policy(arn)).get().asString().contains("arn:aws:iam::111122223333:root");

        Path params = dir.resolve("params");
        downloadParameters(params);
        assertThat(result()).contains("written to " + params, "WrappingPublicKey.bin", "give to the customer",
                "ImportToken.bin", "Public key SHA-256 fingerprint");
        assertThat(Files.list(params).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("ImportToken.bin", "README.txt", "WrappingPublicKey.bin");

        Path customer = customerWraps(params, FIRST_KEY, "customer");
        robot.clickOn("#importAction");
        dialogs.folder(customer);
        robot.clickOn("#wrappedButton");
        robot.interact(() -> robot.lookup("#expiryDays").queryAs(Spinner.class).getValueFactory().setValue(30));
        assertThat(robot.lookup("#preview").queryLabeled().getText()).contains("(in 30 days)");
        int before = kms.server().requestCount();
        runAndWait("#checkImportButton");
        assertThat(result()).startsWith("The files agree").contains("Nothing was sent to AWS");
        assertThat(kms.server().requestCount()).as("checking files never calls AWS").isEqualTo(before);
        runAndWait("#importButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertThat(result()).contains("Imported key material into " + arn + " (first import)", "Key state: Enabled",
                "Encrypt and Decrypt with the key work");
        assertThat(Files.readString(dir.resolve("imports.log"))).contains(arn);

        robot.clickOn("#statusAction");
        runAndWait("#statusButton");
        assertThat(robot.lookup("#statusSummary").queryLabeled().getText())
                .isEqualTo("State: Enabled, key material expires in 29 days");
        assertThat(result()).contains("State: Enabled", "(29 days left)");

        Path newParams = dir.resolve("params-rotation");
        downloadParameters(newParams);
        importFrom(customerWraps(newParams, SECOND_KEY, "customer-rotation"), true);
        assertThat(result()).contains("(new key material for rotation)");
        String firstMaterial = currentMaterialId();
        robot.clickOn("#rotateAction");
        runAndWait("#rotateButton");
        assertThat(result()).contains("Rotated " + arn + ": the current key material is now");
        robot.clickOn("#statusAction");
        runAndWait("#statusButton");
        assertThat(currentMaterialId()).isNotEmpty().isNotEqualTo(firstMaterial);
        assertThat(kms.server().currentMaterial(arn)).get().isEqualTo(HexFormat.of().parseHex(SECOND_KEY));

        robot.clickOn("#revokeAction");
        dialogs.confirm(true);
        robot.clickOn("#deleteMaterialButton");
        waitLong(() -> result().startsWith("Deleted"));
        assertThat(dialogs.asked).contains("confirm: Delete the key material");
        assertThat(result()).contains("the key is now PendingImport");
        robot.clickOn("#statusAction");
        runAndWait("#statusButton");
        assertThat(robot.lookup("#statusSummary").queryLabeled().getText()).startsWith("State: PendingImport");
        picture("operator-5-revoked");
    }

    private String currentMaterialId() {
        return operator().outcome().lastStatusProperty().get() == null ? ""
                : operator().outcome().lastStatusProperty().get().key().currentKeyMaterialId().orElse("");
    }

    @Test
    void declinedRevocationChangesNothingAndMistakesAreSentences() throws Exception {
        robot.clickOn("#statusAction");
        runAndWait("#statusButton");
        assertThat(operator().outcome().errorProperty().get()).startsWith("Enter the KMS key");

        robot.clickOn("#createAction");
        runAndWait("#createButton");
        String arn = operator().keyRefProperty().get();
        robot.clickOn("#revokeAction");
        dialogs.confirm(false);
        robot.clickOn("#disableButton");
        waitLong(() -> !operator().outcome().busyProperty().get());
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        waitLong(() -> result().equals("Nothing was changed."));
        assertThat(kms.server().keyState(arn)).contains("PendingImport");
        assertThat(kms.server().operations()).doesNotContain("DisableKey");
    }

    @Test
    void aSlowCallCanBeCancelled() {
        runAndWait("#createButton");
        kms.server().delayNext(Duration.ofSeconds(20));
        robot.clickOn("#statusAction");
        robot.clickOn("#statusButton");
        waitFor(() -> operator().outcome().busyProperty().get());
        robot.clickOn("#cancelButton");
        waitLong(() -> !operator().outcome().busyProperty().get());
        assertThat(operator().outcome().errorProperty().get()).startsWith("Cancelled.");
    }

    /** KMS calls on a busy build machine (eight builds on two cores) can take longer than the usual 15 s. */
    static void waitLong(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached in 90 s", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
