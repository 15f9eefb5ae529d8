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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    void parametersAreReadByTheLoadJobOnAWorkerThreadAndTakenBackOnlyForTheLatestChoice() throws Exception {
        Path first = params(Duration.ofHours(5));
        Path second = Params.folder(dir.resolve("second"), PAIR, WrappingAlgorithm.RSAES_OAEP_SHA_1, Duration.ofHours(5));
        ParametersModel parameters = model.parameters();

        var firstJob = parameters.loadJob(first);
        assertThat(parameters.loadingProperty().get()).as("loading until the job's result is handed back").isTrue();
        assertThat(parameters.loadedProperty().get()).isNull();
        var secondJob = parameters.loadJob(second);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            var firstResult = worker.submit(firstJob).get();
            var secondResult = worker.submit(secondJob).get();
            parameters.loaded(firstResult);
            assertThat(parameters.loadedProperty().get()).as("a result for an earlier choice is ignored").isNull();
            assertThat(parameters.loadingProperty().get()).isTrue();
            parameters.loaded(secondResult);
        } finally {
            worker.shutdown();
        }
        assertThat(parameters.loadingProperty().get()).isFalse();
        assertThat(parameters.parametersProperty().get().algorithm()).isEqualTo(WrappingAlgorithm.RSAES_OAEP_SHA_1);
        assertThat(parameters.errorProperty().get()).isEmpty();
    }

    @Test
    void aFailedLoadEndsTheLoadingAndShowsTheSentence() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        ParametersModel parameters = model.parameters();
        var job = parameters.loadJob(missing);
        try {
            job.call();
        } catch (Exception failure) {
            parameters.loadFailed(missing, failure);
        }
        assertThat(parameters.loadingProperty().get()).isFalse();
        assertThat(parameters.errorProperty().get()).contains(missing.getFileName().toString());
        assertThat(parameters.parametersProperty().get()).isNull();
    }

    @Test
    void nextIsAllowedOnlyWhenTheStepIsComplete() throws Exception {
        assertThat(model.canGoNextBinding().get()).isTrue();
        assertThat(model.canGoBackBinding().get()).isFalse();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(WizardModel.Step.PARAMETERS);
        assertThat(model.canGoNextBinding().get()).isFalse();

        model.parameters().load(params(Duration.ofHours(5)));
        assertThat(model.parameters().errorProperty().get()).isEmpty();
        assertThat(model.canGoNextBinding().get()).as("fingerprint not yet compared").isFalse();
        model.parameters().fingerprintComparedProperty().set(true);
        assertThat(model.canGoNextBinding().get()).isTrue();
        model.next();

        assertThat(model.canGoNextBinding().get()).as("no key yet").isFalse();
        model.key().generateKey();
        assertThat(model.key().kcvProperty().get()).matches("[0-9A-F]{6}");
        model.next();

        assertThat(model.canGoNextBinding().get()).as("no folder, no confirmation").isFalse();
        model.review().chooseOutputFolder(Files.createDirectory(dir.resolve("out")));
        assertThat(model.canGoNextBinding().get()).isFalse();
        model.review().confirmedProperty().set(true);
        assertThat(model.canGoNextBinding().get()).isTrue();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(WizardModel.Step.WRAP);

        SecretKeyMaterial key = model.key().keyProperty().get();
        model.wrapSucceeded(model.startWrap().call());
        assertThat(model.stepProperty().get()).isEqualTo(WizardModel.Step.DONE);
        assertThat(key.isDestroyed()).as("destroyed as soon as it is wrapped").isTrue();
        assertThat(model.writtenProperty().get().files()).hasSize(3);
        assertThat(model.canGoBackBinding().get()).isFalse();
    }

    @Test
    void backFromTheKeyStepDestroysTheKeyButBackFromReviewKeepsIt() throws Exception {
        model.next();
        model.parameters().load(params(Duration.ofHours(5)));
        model.parameters().fingerprintComparedProperty().set(true);
        model.next();
        model.key().generateKey();
        SecretKeyMaterial key = model.key().keyProperty().get();
        model.next();
        assertThat(model.backDestroysKey()).isFalse();
        model.back();
        assertThat(key.isDestroyed()).isFalse();
        assertThat(model.backDestroysKey()).isTrue();
        model.back();
        assertThat(key.isDestroyed()).isTrue();
        assertThat(model.key().keyProperty().get()).isNull();
    }

    @Test
    void parametersExpiringUnderTwoHoursWarnAndExpiredOnesAreWithdrawn() throws Exception {
        model.parameters().load(params(Duration.ofMinutes(90)));
        assertThat(model.parameters().expiresSoonProperty().get()).isTrue();
        assertThat(model.parameters().timeLeftProperty().get()).startsWith("Only 1 hour 29 minutes left");

        clock.advance(Duration.ofMinutes(91));
        model.parameters().refreshTimeLeft();
        assertThat(model.parameters().parametersProperty().get()).isNull();
        assertThat(model.parameters().errorProperty().get()).contains("expired at");
    }

    @Test
    void withoutReadmeTheAlgorithmMustBeChosen() throws Exception {
        Path params = params(Duration.ofHours(5));
        Files.delete(params.resolve(ImportReadme.FILE_NAME));
        model.parameters().load(params.resolve("WrappingPublicKey.bin"));
        assertThat(model.parameters().algorithmChoiceNeededProperty().get()).isTrue();
        assertThat(model.parameters().parametersProperty().get()).isNull();
        assertThat(model.parameters().errorProperty().get()).contains("Choose the wrapping algorithm");

        model.parameters().chosenAlgorithmProperty().set(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256);
        assertThat(model.parameters().parametersProperty().get().algorithm()).isEqualTo(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256);
        assertThat(model.parameters().timeLeftProperty().get()).startsWith("unknown");
    }

    @Test
    void componentsAreCheckedOneAtATimeAndCombinedAfterTheLast() {
        model.key().choiceProperty().set(KeyModel.KeyChoice.COMPONENTS);
        model.key().componentCountProperty().set(2);
        assertThat(model.key().checkComponent(WizardWalkTest.C1.toCharArray())).isTrue();
        String first = model.key().pendingComponentKcvProperty().get();
        model.key().acceptComponent();
        assertThat(model.key().checkComponent(WizardWalkTest.C1.toCharArray())).isTrue();
        model.key().acceptComponent();
        assertThat(model.key().keyProperty().get()).isNull();
        assertThat(model.key().errorProperty().get()).contains("are identical").contains("Start the components again");
        assertThat(model.key().acceptedComponents()).isZero();

        model.key().checkComponent(WizardWalkTest.C1.toCharArray());
        model.key().acceptComponent();
        model.key().checkComponent(WizardWalkTest.C2.toCharArray());
        model.key().acceptComponent();
        assertThat(model.key().keyProperty().get()).isNotNull();
        assertThat(model.key().sourceProperty().get().componentKcvs()).hasSize(2).startsWith(first);

        model.key().choiceProperty().set(KeyModel.KeyChoice.GENERATE);
        assertThat(model.key().keyProperty().get()).as("changing the source drops the key").isNull();
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
