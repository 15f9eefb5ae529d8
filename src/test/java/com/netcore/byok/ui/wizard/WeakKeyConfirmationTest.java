package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Params;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: the wizard wraps a weak key only after the officer states it is a known legacy key. */
class WeakKeyConfirmationTest {
    static final String WEAK_KEY = "ff".repeat(32);

    @TempDir
    Path dir;

    private final WizardModel model = new WizardModel(Clock.systemUTC());

    private void toReview(String keyHex) throws Exception {
        model.next();
        model.parameters().load(Params.folder(dir.resolve("params"), WizardModelTest.PAIR,
                WrappingAlgorithm.RSAES_OAEP_SHA_256, Duration.ofHours(5)));
        model.parameters().fingerprintComparedProperty().set(true);
        model.next();
        model.key().choiceProperty().set(KeyModel.KeyChoice.ENTER);
        assertThat(model.key().enterKey(keyHex.toCharArray())).isTrue();
        model.next();
        model.review().chooseOutputFolder(Files.createDirectory(dir.resolve("out")));
        model.review().confirmedProperty().set(true);
    }

    @Test
    void aWeakKeyShowsTheReasonAndIsWrappedOnlyOnceConfirmedAsALegacyKey() throws Exception {
        toReview(WEAK_KEY);
        WeakKeyConfirmation weakKey = model.review().weakKey();
        assertThat(weakKey.reasonProperty().get()).isEqualTo("The key is one 1-byte pattern repeated (every byte the "
                + "same), which a random generator practically never makes: it looks like a test or placeholder key.");
        assertThat(model.canGoNextBinding().get()).as("refused until confirmed").isFalse();

        weakKey.knownLegacyKeyProperty().set(true);
        assertThat(model.canGoNextBinding().get()).isTrue();
        model.next();
        model.wrapSucceeded(model.startWrap().call());
        assertThat(model.stepProperty().get()).isEqualTo(WizardModel.Step.DONE);
        assertThat(model.writtenProperty().get().files()).hasSize(3);
    }

    @Test
    void theConfirmationIsForOneKeyAndARandomKeyNeedsNone() throws Exception {
        toReview(WEAK_KEY);
        model.review().weakKey().knownLegacyKeyProperty().set(true);
        model.back();
        model.key().choiceProperty().set(KeyModel.KeyChoice.GENERATE);
        model.key().generateKey();
        model.next();
        assertThat(model.review().weakKey().reasonProperty().get()).isEmpty();
        assertThat(model.review().weakKey().knownLegacyKeyProperty().get()).as("not carried to another key").isFalse();
        assertThat(model.canGoNextBinding().get()).isTrue();
    }
}
