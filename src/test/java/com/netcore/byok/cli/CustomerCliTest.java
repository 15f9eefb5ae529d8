package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerCliTest {
    static final KeyPair PAIR = TestKeys.rsa(3072);
    static final String KEY_HEX = BadInputCorpusTest.KEY_HEX;

    @TempDir
    Path dir;

    private Path params(WrappingAlgorithm algorithm) throws Exception {
        return Params.folder(dir.resolve("params"), PAIR, algorithm, Duration.ofHours(23));
    }

    private byte[] unwrap(WrappingAlgorithm algorithm, Path out) throws Exception {
        return TestKeys.unwrap(algorithm.name(), PAIR.getPrivate(), 384, Files.readAllBytes(out.resolve("CustomerEncryptionKey.bin")));
    }

    @Test
    void wrapsAKeyFileAndWritesTheThreeFiles() throws Exception {
        Path params = params(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256);
        Files.writeString(dir.resolve("key.hex"), KEY_HEX.toUpperCase());
        Path out = Files.createDirectory(dir.resolve("out"));

        Cli.Result result = Cli.run("wrap", "--params", params.toString(), "--key-file", dir.resolve("key.hex").toString(),
                "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, out)).isEqualTo(HexFormat.of().parseHex(KEY_HEX));
        String receipt = Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt"));
        assertThat(receipt)
                .contains("File: CustomerEncryptionKey.bin\n", "File size: 424 bytes\n",
                        "Wrapping algorithm: RSA_AES_KEY_WRAP_SHA_256\n", "Wrapping key size: 3072 bits\n",
                        "Wrapping key SHA-256: " + Params.sha256(PAIR.getPublic().getEncoded()) + "\n",
                        "Key ARN: " + Params.KEY_ARN + "\n", "Parameters valid to: ", "KCV (AES-CMAC): ",
                        "Key source: key file key.hex\n", "Created: ", "Tool: BYOK Wizard ")
                .doesNotContainIgnoringCase(KEY_HEX).doesNotContainIgnoringCase(KEY_HEX.substring(20, 40));
        assertThat(result.out()).contains("KCV (AES-CMAC): ").doesNotContainIgnoringCase(KEY_HEX.substring(0, 12));
        // sha256sum -c accepts the checksum file as written
        Process check = new ProcessBuilder("sha256sum", "-c", "CustomerEncryptionKey.bin.sha256").directory(out.toFile())
                .redirectErrorStream(true).start();
        assertThat(new String(check.getInputStream().readAllBytes())).isEqualTo("CustomerEncryptionKey.bin: OK\n");
        assertThat(check.waitFor()).isZero();
        assertThat(Cli.run("verify", out.toString()).exitCode()).isZero();
        assertThat(Cli.run("verify", out.resolve("CustomerEncryptionKey-receipt.txt").toString()).out()).startsWith("OK: ");
    }

    @Test
    void generatedKeyIsRecordedWithItsRandomSource() throws Exception {
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_256);
        Path out = Files.createDirectory(dir.resolve("out"));

        Cli.Result result = Cli.run("wrap", "--params", params.toString(), "--generate", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, out)).hasSize(32);
        assertThat(Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt")))
                .contains("Key source: generated (SecureRandom DRBG (Hash_DRBG,SHA-256,256,pr_and_reseed");
        assertThat(result.out()).contains("cannot be imported again");
    }

    @Test
    void componentsAreXoredAndEachCheckValueIsShown() throws Exception {
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_1);
        String c2 = BadInputCorpusTest.OTHER_HEX;
        String c3 = "a5".repeat(32);
        Files.writeString(dir.resolve("c1.hex"), KEY_HEX);
        Files.writeString(dir.resolve("c2.txt"), c2.replaceAll("(..)", "$1:").substring(0, 95));
        Files.write(dir.resolve("c3.bin"), HexFormat.of().parseHex(c3));
        Path out = Files.createDirectory(dir.resolve("out"));

        Cli.Result result = Cli.run("wrap", "--params", params.toString(), "--component-file", dir.resolve("c1.hex").toString(),
                "--component-file", dir.resolve("c2.txt").toString(), "--component-file", dir.resolve("c3.bin").toString(),
                "--out", out.toString(), "--allow-weak-key"); // the test components XOR to 55..55

        assertThat(result.exitCode()).as(result.err()).isZero();
        byte[] expected = HexFormat.of().parseHex(BadInputCorpusTest.xorHex(BadInputCorpusTest.xorHex(KEY_HEX, c2), c3));
        assertThat(unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_1, out)).isEqualTo(expected);
        assertThat(result.out()).containsPattern("Component 1 KCV \\(AES-CMAC\\): [0-9A-F]{6}")
                .containsPattern("Component 3 KCV \\(AES-CMAC\\): [0-9A-F]{6}");
        assertThat(Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt")))
                .containsPattern("Key source: 3 components XOR-ed \\(component KCVs [0-9A-F]{6}, [0-9A-F]{6}, [0-9A-F]{6}\\)");
    }

    @Test
    void publicKeyWithoutReadmeNeedsAndUsesTheGivenAlgorithm() throws Exception {
        Files.writeString(dir.resolve("pub.pem"), TestKeys.publicPem(PAIR));
        Files.writeString(dir.resolve("key.b64"), java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(KEY_HEX)));
        Path out = Files.createDirectory(dir.resolve("out"));

        Cli.Result result = Cli.run("wrap", "--public-key", dir.resolve("pub.pem").toString(), "--algorithm",
                "rsaes_oaep_sha_256", "--key-file", dir.resolve("key.b64").toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, out)).isEqualTo(HexFormat.of().parseHex(KEY_HEX));
        assertThat(Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt"))).doesNotContain("Key ARN");
    }

    @Test
    void verifyReportsATamperedFile() throws Exception {
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_256);
        Path out = Files.createDirectory(dir.resolve("out"));
        assertThat(Cli.run("wrap", "--params", params.toString(), "--generate", "--out", out.toString()).exitCode()).isZero();
        byte[] wrapped = Files.readAllBytes(out.resolve("CustomerEncryptionKey.bin"));
        wrapped[100] ^= 1;
        Files.write(out.resolve("CustomerEncryptionKey.bin"), wrapped);

        Cli.Result result = Cli.run("verify", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: CustomerEncryptionKey.bin has SHA-256 ")
                .contains("the file was changed").contains("CustomerEncryptionKey.bin.sha256 lists SHA-256");
        Files.write(out.resolve("CustomerEncryptionKey.bin"), java.util.Arrays.copyOf(wrapped, 200));
        assertThat(Cli.run("verify", out.toString()).err()).contains("is 200 bytes but the receipt says 384 bytes");
    }

    @Test
    void inspectShowsWhatTheOfficerChecks() throws Exception {
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_256);
        Cli.Result result = Cli.run("inspect", params.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        String grouped = Params.sha256(PAIR.getPublic().getEncoded()).toUpperCase().replaceAll("(.{4})(?!$)", "$1 ");
        assertThat(result.out()).contains("RSA 3072 bits (RSA_3072)", "SHA-256 fingerprint: " + grouped,
                "Wrapping algorithm: RSAES_OAEP_SHA_256 (RSA-OAEP with SHA-256, MGF1 SHA-256, empty label)",
                "Key ARN: " + Params.KEY_ARN).containsPattern("\\(22 hours 5\\d minutes left\\)");

        Cli.Result keyOnly = Cli.run("inspect", params.resolve("WrappingPublicKey.bin").toString());
        assertThat(keyOnly.exitCode()).isZero();
        assertThat(keyOnly.out()).contains("README: none given");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inspect", "wrap", "verify", "shares", "shares check"})
    void everyCommandHasHelpWithExitCodes(String command) {
        Cli.Result result = Cli.run((command + " --help").split(" "));
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: byok-wizard " + command).contains("Exit codes: 0 success; 1 failure",
                "2 bad usage");
    }

    @Test
    void versionAndTopLevelUsage() {
        assertThat(Cli.run("--version").out()).startsWith("BYOK Wizard 0.1.0");
        assertThat(Cli.run("--help").out()).contains("inspect", "wrap", "verify", "shares");
        assertThat(OpenSsl.class).isNotNull();
    }
}
