package com.netcore.byok.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.LoadedParameters;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.ShareScheme;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer's workflow without a front end: wrap, split, restore, and the split rules' sentences. */
class CeremonyTest {
    static final KeyPair PAIR = TestKeys.rsa(2048);
    static final String KEY_HEX = "00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210";

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    private ImportParameters parameters() throws Exception {
        Path folder = Params.folder(dir.resolve("params"), PAIR, WrappingAlgorithm.RSAES_OAEP_SHA_256,
                Duration.ofHours(5));
        return LoadedParameters.load(folder).settle(Optional.empty());
    }

    private AssembledKey typedKey() {
        return NewKeys.entered(KEY_HEX.toCharArray(), "The test key");
    }

    @Test
    void wrapWritesTheThreeFilesThatUnwrapToTheKey() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        try (AssembledKey key = typedKey()) {
            WrapResult result = Ceremony.wrap(WrapRequest.of(parameters(), key, out, false, Optional.empty()), random,
                    clock);
            assertThat(result.written().files()).hasSize(3).allMatch(Files::isRegularFile);
            assertThat(result.shareFiles()).isEmpty();
            assertThat(result.written().receipt().format()).contains("entered by hand");
            assertThat(key.key().isDestroyed()).as("the key stays the caller's").isFalse();
        }
        byte[] unwrapped = TestKeys.unwrap("RSAES_OAEP_SHA_256", PAIR.getPrivate(), 256,
                Files.readAllBytes(out.resolve("CustomerEncryptionKey.bin")));
        assertThat(java.util.HexFormat.of().formatHex(unwrapped)).isEqualTo(KEY_HEX);
    }

    @Test
    void splitSharesRestoreTheSameKeyFromAnyTwoOfThree() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path sharesFolder = Files.createDirectory(dir.resolve("shares"));
        SplitPlan plan = new SplitPlan(new ShareScheme(2, 3), List.of("Ann", "Ben", "Cleo"), sharesFolder);
        String kcv;
        try (AssembledKey key = typedKey()) {
            kcv = key.key().kcv();
            WrapResult result = Ceremony.wrap(WrapRequest.of(parameters(), key, out, false, Optional.of(plan)), random,
                    clock);
            assertThat(result.shareFiles()).containsExactlyElementsOf(plan.files()).allMatch(Files::isRegularFile);
        }
        try (ShareRestore restore = new ShareRestore()) {
            restore.addFiles(List.of(sharesFolder.resolve("share-3-of-3.txt"), sharesFolder.resolve("share-1-of-3.txt")),
                    (share, file) -> { });
            assertThat(restore.complete()).isTrue();
            try (AssembledKey restored = restore.restore()) {
                assertThat(restored.key().kcv()).isEqualTo(kcv);
                assertThat(restored.source().describe()).isEqualTo("restored from shares (2 of 3, shares 1 and 3)");
            }
            assertThat(restore.size()).as("the shares are wiped and the set starts again").isZero();
        }
    }

    @Test
    void aRestoredKeyIsNotSplitAgain() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        SplitPlan plan = new SplitPlan(new ShareScheme(2, 3), List.of(), Files.createDirectory(dir.resolve("shares")));
        try (SecretKeyMaterial material = typedKey().key()) {
            AssembledKey restored = new AssembledKey(material, KeySource.shares(new ShareScheme(2, 3), List.of(1, 2)));
            WrapRequest request = WrapRequest.of(parameters(), restored, out, false, Optional.of(plan));
            assertThatThrownBy(() -> Ceremony.wrap(request, random, clock))
                    .hasMessage("A key restored from shares is already split and cannot be split again. Leave out the "
                            + "split, or keep using the existing shares.");
        }
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void splitRulesSpeakOneSetOfSentencesNamedAsTheFrontEndCallsTheNames() throws Exception {
        ShareScheme scheme = new ShareScheme(2, 3);
        assertThatThrownBy(() -> SplitPlan.checkCustodians(scheme, List.of("Ann", "Ben"), "--custodian name"))
                .hasMessage("2 --custodian names were given for 3 shares (2-of-3). Name one custodian per share, "
                        + "or none.");
        assertThatThrownBy(() -> SplitPlan.checkCustodians(scheme, List.of("Ann"), "custodian name"))
                .hasMessage("1 custodian name was given for 3 shares (2-of-3). Name one custodian per share, or none.");
        assertThatThrownBy(() -> SplitPlan.checkCustodians(scheme, List.of("Ann", "Ben", "王"), "custodian name"))
                .hasMessageContaining("which the printed sheet cannot show");
        assertThatThrownBy(() -> SplitPlan.checkFolder(null, dir, scheme))
                .hasMessage("Choose a folder for the shares, apart from the output folder.");
        assertThatThrownBy(() -> SplitPlan.checkFolder(dir, dir, scheme))
                .hasMessageContaining("is the output folder of the wrapped key");
        SplitPlan.checkCustodians(scheme, List.of(), "custodian name");
        SplitPlan.checkFolder(Files.createDirectory(dir.resolve("shares")), null, scheme);
    }

    @Test
    void eachWayOfMakingAKeyRecordsItsSource() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("key.hex"), KEY_HEX);
        Path c1 = Files.writeString(dir.resolve("c1.hex"), "11".repeat(32));
        Path c2 = Files.writeString(dir.resolve("c2.hex"), "22".repeat(32));
        try (AssembledKey generated = NewKeys.generate(random);
             AssembledKey entered = typedKey();
             AssembledKey fromFile = NewKeys.fromKeyFile(keyFile, "Key file");
             AssembledKey combined = NewKeys.fromComponentFiles(List.of(c1, c2))) {
            assertThat(generated.source().kind()).isEqualTo(KeySource.Kind.GENERATED);
            assertThat(entered.source().describe()).isEqualTo("entered by hand");
            assertThat(fromFile.source().describe()).isEqualTo("key file key.hex");
            assertThat(fromFile.key().sameBytesAs(entered.key())).isTrue();
            assertThat(combined.source().componentKcvs()).hasSize(2);
            assertThat(combined.key().kcv()).isNotEqualTo(combined.source().componentKcvs().get(0));
        }
    }

    @Test
    void aRequestTakesOneParameterSetOrSeveralOfOneMultiRegionKey() throws Exception {
        ImportParameters params = parameters();
        try (AssembledKey key = typedKey()) {
            assertThatThrownBy(() -> new WrapRequest(List.of(), key, dir, false, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(WrapRequest.of(params, key, dir, false, Optional.empty()).parameterSets()).containsExactly(params);
            WrapRequest twice = new WrapRequest(List.of(params, params), key, dir, false, Optional.empty());
            assertThatThrownBy(() -> Ceremony.wrap(twice, new SecureRandom(), clock))
                    .isInstanceOf(com.netcore.byok.core.ByokException.class)
                    .hasMessageContaining("which is not a multi-Region key");
            try (var left = Files.list(dir)) {
                assertThat(left.filter(p -> !p.getFileName().toString().equals("params")).toList()).isEmpty();
            }
        }
    }
}
