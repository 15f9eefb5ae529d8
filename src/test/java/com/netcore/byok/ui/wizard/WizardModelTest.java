package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's rules without a toolkit: which step may follow, what gets destroyed when. */
class WizardModelTest {
    static final KeyPair PAIR = TestKeys.rsa(2048);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.now());
    private final WizardModel model = new WizardModel(clock);

    private Path params(Duration validFor) throws Exception {
        return Params.folder(dir.resolve("params"), PAIR, WrappingAlgorithm.RSAES_OAEP_SHA_256, validFor);
    }

    @Test
    void nextIsAllowedOnlyWhenTheStepIsComplete() throws Exception {
        assertThat(model.canGoNextBinding().get()).isTrue();
        assertThat(model.canGoBackBinding().get()).isFalse();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(WizardModel.Step.PARAMETERS);
        assertThat(model.canGoNextBinding().get()).isFalse();

        model.loadParameters(params(Duration.ofHours(5)));
        assertThat(model.parametersErrorProperty().get()).isEmpty();
        assertThat(model.canGoNextBinding().get()).as("fingerprint not yet compared").isFalse();
        model.fingerprintComparedProperty().set(true);
        assertThat(model.canGoNextBinding().get()).isTrue();
        model.next();

        assertThat(model.canGoNextBinding().get()).as("no key yet").isFalse();
        model.generateKey();
        assertThat(model.kcvProperty().get()).matches("[0-9A-F]{6}");
        model.next();

        assertThat(model.canGoNextBinding().get()).as("no folder, no confirmation").isFalse();
        model.chooseOutputFolder(Files.createDirectory(dir.resolve("out")));
        assertThat(model.canGoNextBinding().get()).isFalse();
        model.reviewConfirmedProperty().set(true);
        assertThat(model.canGoNextBinding().get()).isTrue();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(WizardModel.Step.WRAP);

        SecretKeyMaterial key = model.keyProperty().get();
        model.wrapSucceeded(model.startWrap().call());
        assertThat(model.stepProperty().get()).isEqualTo(WizardModel.Step.DONE);
        assertThat(key.isDestroyed()).as("destroyed as soon as it is wrapped").isTrue();
        assertThat(model.writtenProperty().get().files()).hasSize(3);
        assertThat(model.canGoBackBinding().get()).isFalse();
    }

    @Test
    void backFromTheKeyStepDestroysTheKeyButBackFromReviewKeepsIt() throws Exception {
        model.next();
        model.loadParameters(params(Duration.ofHours(5)));
        model.fingerprintComparedProperty().set(true);
        model.next();
        model.generateKey();
        SecretKeyMaterial key = model.keyProperty().get();
        model.next();
        assertThat(model.backDestroysKey()).isFalse();
        model.back();
        assertThat(key.isDestroyed()).isFalse();
        assertThat(model.backDestroysKey()).isTrue();
        model.back();
        assertThat(key.isDestroyed()).isTrue();
        assertThat(model.keyProperty().get()).isNull();
    }

    @Test
    void parametersExpiringUnderTwoHoursWarnAndExpiredOnesAreWithdrawn() throws Exception {
        model.loadParameters(params(Duration.ofMinutes(90)));
        assertThat(model.expiresSoonProperty().get()).isTrue();
        assertThat(model.timeLeftProperty().get()).startsWith("Only 1 hour 29 minutes left");

        clock.advance(Duration.ofMinutes(91));
        model.refreshTimeLeft();
        assertThat(model.parametersProperty().get()).isNull();
        assertThat(model.parametersErrorProperty().get()).contains("expired at");
    }

    @Test
    void withoutReadmeTheAlgorithmMustBeChosen() throws Exception {
        Path params = params(Duration.ofHours(5));
        Files.delete(params.resolve(ImportReadme.FILE_NAME));
        model.loadParameters(params.resolve("WrappingPublicKey.bin"));
        assertThat(model.algorithmChoiceNeededProperty().get()).isTrue();
        assertThat(model.parametersProperty().get()).isNull();
        assertThat(model.parametersErrorProperty().get()).contains("Choose the wrapping algorithm");

        model.chosenAlgorithmProperty().set(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256);
        assertThat(model.parametersProperty().get().algorithm()).isEqualTo(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256);
        assertThat(model.timeLeftProperty().get()).startsWith("unknown");
    }

    @Test
    void componentsAreCheckedOneAtATimeAndCombinedAfterTheLast() {
        model.keyChoiceProperty().set(WizardModel.KeyChoice.COMPONENTS);
        model.componentCountProperty().set(2);
        assertThat(model.checkComponent(WizardWalkTest.C1.toCharArray())).isTrue();
        String first = model.pendingComponentKcvProperty().get();
        model.acceptComponent();
        assertThat(model.checkComponent(WizardWalkTest.C1.toCharArray())).isTrue();
        model.acceptComponent();
        assertThat(model.keyProperty().get()).isNull();
        assertThat(model.keyErrorProperty().get()).contains("are identical").contains("Start the components again");
        assertThat(model.acceptedComponents()).isZero();

        model.checkComponent(WizardWalkTest.C1.toCharArray());
        model.acceptComponent();
        model.checkComponent(WizardWalkTest.C2.toCharArray());
        model.acceptComponent();
        assertThat(model.keyProperty().get()).isNotNull();
        assertThat(model.keySourceProperty().get().componentKcvs()).hasSize(2).startsWith(first);

        model.keyChoiceProperty().set(WizardModel.KeyChoice.GENERATE);
        assertThat(model.keyProperty().get()).as("changing the source drops the key").isNull();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
