package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/byok-wizard.jar ...}, with no network at all. */
class PackagedJarIT {
    static final Path JAR = Path.of(System.getProperty("byok.jar", "target/byok-wizard.jar"));

    record Run(int exit, String out) {
    }

    static Run java(boolean withoutNetwork, String... args) throws IOException, InterruptedException {
        return java(withoutNetwork, List.of(), args);
    }

    static Run java(boolean withoutNetwork, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (withoutNetwork) {
            command.addAll(List.of("unshare", "--net", "--map-root-user"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void wrapsInANetworkNamespaceWithoutAnyInterface(@TempDir Path dir) throws Exception {
        assertThat(java(true, "--version").out()).as("unshare --net must work on this machine").startsWith("BYOK Wizard");
        KeyPair pair = TestKeys.rsa(2048);
        Path params = Params.folder(dir.resolve("params"), pair, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, Duration.ofHours(5));
        Path out = Files.createDirectory(dir.resolve("out"));

        Run wrap = java(true, "wrap", "--params", params.toString(), "--generate", "--out", out.toString());

        assertThat(wrap.exit()).as(wrap.out()).isZero();
        byte[] key = TestKeys.unwrap("RSA_AES_KEY_WRAP_SHA_1", pair.getPrivate(), 256,
                Files.readAllBytes(out.resolve("CustomerEncryptionKey.bin")));
        assertThat(key).hasSize(32);
        assertThat(java(true, "verify", out.toString()).exit()).isZero();
    }

    @Test
    void splitsAndRestoresWithoutNetworkAndWritesNothingElsewhere(@TempDir Path dir) throws Exception {
        KeyPair pair = TestKeys.rsa(2048);
        Path params = Params.folder(dir.resolve("params"), pair, WrappingAlgorithm.RSAES_OAEP_SHA_256, Duration.ofHours(5));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path shares = Files.createDirectory(dir.resolve("shares"));
        Path home = Files.createDirectory(dir.resolve("home"));
        List<String> jvm = List.of("-Duser.home=" + home, "-Djava.io.tmpdir=" + Files.createDirectory(dir.resolve("tmp")));

        Run split = java(true, jvm, "wrap", "--params", params.toString(), "--generate", "--out", out.toString(),
                "--split", "2-of-3", "--shares-out", shares.toString(), "--custodian", "Ann", "--custodian", "Ben",
                "--custodian", "Cleo");
        assertThat(split.exit()).as(split.out()).isZero();
        assertThat(split.out()).doesNotContain("WARN", "SEVERE", "Exception");
        String kcv = split.out().replaceAll("(?s).*\nKCV \\(AES-CMAC\\): ([0-9A-F]{6}).*", "$1");
        assertThat(kcv).matches("[0-9A-F]{6}");

        Path again = Files.createDirectory(dir.resolve("again"));
        Run restore = java(true, jvm, "wrap", "--params", params.toString(), "--share-file",
                shares.resolve("share-3-of-3.txt").toString(), "--share-file", shares.resolve("share-1-of-3.txt").toString(),
                "--out", again.toString());
        assertThat(restore.exit()).as(restore.out()).isZero();
        assertThat(restore.out()).contains("KCV (AES-CMAC): " + kcv + "\n").doesNotContain("WARN", "SEVERE");
        assertThat(TestKeys.unwrap("RSAES_OAEP_SHA_256", pair.getPrivate(), 256, Files.readAllBytes(again.resolve(
                "CustomerEncryptionKey.bin")))).isEqualTo(TestKeys.unwrap("RSAES_OAEP_SHA_256", pair.getPrivate(), 256,
                Files.readAllBytes(out.resolve("CustomerEncryptionKey.bin"))));
        try (var files = Files.list(home)) {
            assertThat(files.toList()).as("nothing written into the home folder (no font cache)").isEmpty();
        }
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertThat(files.toList()).as("no temporary files left").isEmpty();
        }
    }

    @Test
    void userErrorsAreOneLineWithExitCodes(@TempDir Path dir) throws Exception {
        Run missing = java(false, "wrap", "--public-key", dir.resolve("none.bin").toString(), "--generate", "--out",
                dir.toString(), "--algorithm", "RSAES_OAEP_SHA_256");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out().strip().lines()).hasSize(1);
        assertThat(missing.out()).startsWith("error: Wrapping public key file ").contains("does not exist");

        Run usage = java(false, "wrap", "--bogus");
        assertThat(usage.exit()).isEqualTo(2);
    }
}
