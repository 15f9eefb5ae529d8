package com.netcore.byok.bench;

import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.KeyMaker;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Wrap speed: in-process per algorithm and key size, and {@code java -jar byok-wizard.jar wrap} end to end
 * against AWS's documented OpenSSL pipeline and against a bare {@code java -version}.
 * Run: {@code mvn -q -Pbench -DskipTests verify}. Figures, not assertions.
 */
public final class WrapBenchmark {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        System.out.println("== In-process wrap (one key, fresh OAEP randomness each time) ==");
        SecureRandom random = KeyMaker.strongRandom();
        KeyPair pair4096 = null;
        for (int bits : new int[] {2048, 3072, 4096}) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            KeyPair pair = generator.generateKeyPair();
            if (bits == 4096) {
                pair4096 = pair;
            }
            for (WrappingAlgorithm algorithm : WrappingAlgorithm.values()) {
                try (SecretKeyMaterial key = KeyMaker.generate(random)) {
                    for (int i = 0; i < 300; i++) {
                        algorithm.wrap((RSAPublicKey) pair.getPublic(), key, random);
                    }
                    int n = 1000;
                    double[] samples = new double[n];
                    for (int i = 0; i < n; i++) {
                        long start = System.nanoTime();
                        algorithm.wrap((RSAPublicKey) pair.getPublic(), key, random);
                        samples[i] = (System.nanoTime() - start) / 1e3;
                    }
                    Timing.Stats s = Timing.of(samples);
                    System.out.printf(Locale.ROOT, "  %-26s RSA-%d  median %7.1f us  (min %.1f, max %.1f)%n",
                            algorithm, bits, s.median(), s.min(), s.max());
                }
            }
        }

        System.out.println();
        System.out.println("== End to end, whole processes (RSA-4096, RSAES_OAEP_SHA_256, 10 runs each) ==");
        Path work = Files.createTempDirectory("byok-bench");
        Path params = Files.createDirectories(work.resolve("params"));
        byte[] der = pair4096.getPublic().getEncoded();
        Files.write(params.resolve("WrappingPublicKey.bin"), der);
        Files.writeString(params.resolve("README.txt"), ImportReadme.write(
                "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                WrappingAlgorithm.RSAES_OAEP_SHA_256, 4096, Instant.now().plusSeconds(3600),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der))));
        Files.createDirectories(work.resolve("out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = target.resolve("byok-wizard.jar").toAbsolutePath().toString();
        File dir = work.toFile();

        Timing.Stats ours = Timing.process(10, dir, java, "-jar", jar, "wrap", "--params", "params", "--generate",
                "--out", "out", "--force");
        Timing.Stats openssl = Timing.process(10, dir, "bash", "-c",
                "openssl rand -out PlaintextKeyMaterial.bin 32 && openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin"
                        + " -out EncryptedKeyMaterial.bin -inkey params/WrappingPublicKey.bin -keyform DER -pubin"
                        + " -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256");
        Timing.Stats jvm = Timing.process(10, dir, java, "-version");
        System.out.println("  byok-wizard wrap        " + ours.ms());
        System.out.println("  openssl rand + pkeyutl  " + openssl.ms());
        System.out.println("  java -version           " + jvm.ms());
        System.out.printf(Locale.ROOT, "  ratio wrap / openssl pipeline: %.1fx; wrap / java -version: %.1fx%n",
                ours.median() / openssl.median(), ours.median() / jvm.median());
        System.out.println("  (the OpenSSL pipeline writes the plaintext key to disk; byok-wizard never does)");
    }
}
