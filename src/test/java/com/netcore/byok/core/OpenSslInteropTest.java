package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our wrapped output, unwrapped by the OpenSSL command line exactly as AWS documents the import recipe
 * (pkeyutl with rsa_oaep_md and rsa_mgf1_md; for RSA_AES, split at the modulus length, then
 * enc -d -id-aes256-wrap-pad).
 */
class OpenSslInteropTest {
    @TempDir
    Path dir;

    static Stream<Arguments> everyAlgorithmAndKeySize() {
        return WrappingRoundTripTest.everyAlgorithmAndKeySize();
    }

    @ParameterizedTest(name = "{0} under RSA-{1}")
    @MethodSource("everyAlgorithmAndKeySize")
    void opensslUnwrapsOurOutput(WrappingAlgorithm algorithm, int bits) throws Exception {
        KeyPair pair = TestKeys.rsa(bits);
        Files.writeString(dir.resolve("private.pem"), TestKeys.privatePem(pair));
        byte[] expected = new byte[32];
        new SecureRandom().nextBytes(expected);
        byte[] wrapped;
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(expected)) {
            wrapped = algorithm.wrap((RSAPublicKey) pair.getPublic(), key, new SecureRandom());
        }
        String md = algorithm.name().endsWith("SHA_256") ? "sha256" : "sha1";

        if (!algorithm.isHybrid()) {
            Files.write(dir.resolve("EncryptedKeyMaterial.bin"), wrapped);
            assertThat(decryptRsa("EncryptedKeyMaterial.bin", md, md).stdout()).isEqualTo(expected);
            return;
        }
        int modulus = bits / 8;
        Files.write(dir.resolve("aes-key-wrapped.bin"), Arrays.copyOfRange(wrapped, 0, modulus));
        Files.write(dir.resolve("key-material-wrapped.bin"), Arrays.copyOfRange(wrapped, modulus, wrapped.length));
        byte[] aesKey = decryptRsa("aes-key-wrapped.bin", md, md).stdout();
        assertThat(aesKey).hasSize(32);
        byte[] material = OpenSsl.runOk(dir, "enc", "-d", "-id-aes256-wrap-pad", "-K", Hex.lower(aesKey), "-iv",
                "A65959A6", "-in", "key-material-wrapped.bin").stdout();
        assertThat(material).isEqualTo(expected);
    }

    @Test
    void sha256WithMgf1Sha1DoesNotUnwrap() throws Exception {
        KeyPair pair = TestKeys.rsa(2048);
        Files.writeString(dir.resolve("private.pem"), TestKeys.privatePem(pair));
        try (SecretKeyMaterial key = KeyMaker.generate(new SecureRandom())) {
            byte[] wrapped = WrappingAlgorithm.RSAES_OAEP_SHA_256.wrap((RSAPublicKey) pair.getPublic(), key,
                    new SecureRandom());
            Files.write(dir.resolve("ours.bin"), wrapped);
        }
        assertThat(decryptRsa("ours.bin", "sha256", "sha1").ok()).isFalse();
    }

    /** The pitfall stays guarded: the JDK default for this name uses MGF1-SHA-1, which KMS rejects. */
    @Test
    void jdkDefaultOaepSha256DoesNotUnwrapAsAwsDocuments() throws Exception {
        KeyPair pair = TestKeys.rsa(2048);
        Files.writeString(dir.resolve("private.pem"), TestKeys.privatePem(pair));
        byte[] plaintext = new byte[32];
        new SecureRandom().nextBytes(plaintext);
        Cipher jdkDefault = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        jdkDefault.init(Cipher.ENCRYPT_MODE, pair.getPublic());
        Files.write(dir.resolve("jdk-default.bin"), jdkDefault.doFinal(plaintext));

        assertThat(decryptRsa("jdk-default.bin", "sha256", "sha256").ok())
                .as("AWS's OpenSSL recipe for RSAES_OAEP_SHA_256 must reject the JDK default").isFalse();
        assertThat(decryptRsa("jdk-default.bin", "sha256", "sha1").stdout())
                .as("it is SHA-256 with MGF1-SHA-1").isEqualTo(plaintext);
    }

    private OpenSsl.Result decryptRsa(String in, String oaepMd, String mgf1Md) {
        List<String> args = List.of("pkeyutl", "-decrypt", "-in", in, "-inkey", "private.pem",
                "-pkeyopt", "rsa_padding_mode:oaep", "-pkeyopt", "rsa_oaep_md:" + oaepMd, "-pkeyopt", "rsa_mgf1_md:" + mgf1Md);
        return OpenSsl.run(dir, args.toArray(String[]::new));
    }
}
