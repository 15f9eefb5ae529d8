package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters read once: the files are checked against each other on loading, the algorithm settled afterwards. */
class LoadedParametersTest {
    static final KeyPair PAIR = TestKeys.rsa(2048);

    @TempDir
    Path dir;

    @Test
    void aFolderAndItsPublicKeyFileLoadTheSameParameters() throws Exception {
        Path folder = Params.folder(dir.resolve("params"), PAIR, WrappingAlgorithm.RSAES_OAEP_SHA_1, Duration.ofHours(5));
        LoadedParameters fromFolder = LoadedParameters.load(folder);
        LoadedParameters fromKeyFile = LoadedParameters.load(folder.resolve(WrappingPublicKey.FILE_NAME));

        assertThat(fromFolder.source()).isEqualTo(folder);
        assertThat(fromKeyFile.readme()).as("the README beside the key file is read too").isPresent();
        assertThat(fromFolder.needsAlgorithmChoice()).isFalse();
        assertThat(fromFolder.settle(Optional.empty()).algorithm()).isEqualTo(WrappingAlgorithm.RSAES_OAEP_SHA_1);
        assertThat(fromKeyFile.publicKey().fingerprint()).isEqualTo(fromFolder.publicKey().fingerprint());
    }

    @Test
    void aReadmeThatContradictsTheKeyIsRefusedOnLoading() throws Exception {
        Path folder = Params.folder(dir.resolve("params"), PAIR, WrappingAlgorithm.RSAES_OAEP_SHA_256, Duration.ofHours(5));
        Files.writeString(folder.resolve(ImportReadme.FILE_NAME), "Algorithm RSAES_OAEP_SHA_256, wrapping key spec RSA_4096\n");

        assertThatThrownBy(() -> LoadedParameters.load(folder))
                .hasMessageContaining("says RSA_4096 but the wrapping public key is 2048 bits");
    }

    @Test
    void withoutAReadmeTheAlgorithmIsChosenAndSettledWithoutReadingAgain() throws Exception {
        Path keyFile = Files.createDirectories(dir.resolve("lone")).resolve(WrappingPublicKey.FILE_NAME);
        Files.write(keyFile, PAIR.getPublic().getEncoded());
        LoadedParameters loaded = LoadedParameters.load(keyFile);
        Files.delete(keyFile);

        assertThat(loaded.needsAlgorithmChoice()).isTrue();
        assertThatThrownBy(() -> loaded.settle(Optional.empty())).hasMessageContaining("No README.txt was given");
        assertThat(loaded.settle(Optional.of(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256)).algorithm())
                .isEqualTo(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256);
    }
}
