package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.testing.RegionParams;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Regions part of the parameters step, driven without a toolkit. */
class RegionsModelTest {
    @TempDir
    Path dir;
    private final WizardModel model = new WizardModel(Clock.systemUTC());

    private Path folder(String name, String region, String keyId, Duration validFor) throws Exception {
        return RegionParams.folder(dir.resolve(name), TestKeys.rsa(2048), region, keyId, validFor);
    }

    @Test
    void regionsThatMakeOneCeremonyAreAddedAndOthersRefusedWithTheReason() throws Exception {
        model.parameters().load(folder("eu", "eu-west-1", RegionParams.MRK, Duration.ofHours(5)));
        RegionsModel regions = model.regions();
        assertThat(regions.rows()).as("one Region: nothing to list").isEmpty();

        regions.add(folder("us", "us-east-1", RegionParams.MRK, Duration.ofHours(5)));
        regions.add(folder("expired", "ap-southeast-2", RegionParams.MRK, Duration.ofHours(-1)));
        assertThat(regions.errorProperty().get()).contains("/expired: These import parameters expired at");
        regions.add(folder("other", "ap-southeast-2", RegionParams.OTHER_MRK, Duration.ofHours(5)));
        assertThat(regions.errorProperty().get()).contains("are for different keys");

        assertThat(regions.rows()).extracting(RegionsModel.Row::region).containsExactly("eu-west-1", "us-east-1");
        assertThat(regions.parameterSets(model.parameters().parametersProperty().get())).hasSize(2);
        assertThat(regions.ready()).isTrue();
    }

    @Test
    void aFirstFolderOfAnotherKeyStopsTheStepUntilItFits() throws Exception {
        model.parameters().load(folder("eu", "eu-west-1", RegionParams.MRK, Duration.ofHours(5)));
        model.regions().add(folder("us", "us-east-1", RegionParams.MRK, Duration.ofHours(5)));
        model.parameters().fingerprintComparedProperty().set(true);

        model.parameters().load(folder("single", "eu-west-1", "1234abcd-12ab-34cd-56ef-1234567890ab", Duration.ofHours(5)));

        assertThat(model.regions().ready()).isFalse();
        assertThat(model.regions().errorProperty().get()).contains("which is not a multi-Region key");
        model.regions().remove(model.regions().added().get(0));
        assertThat(model.regions().ready()).isTrue();
    }
}
