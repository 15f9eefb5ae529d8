package com.netcore.byok.cli;

import static com.netcore.byok.testing.CeremonyDump.assertNoCopies;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.CeremonyDump;
import com.netcore.byok.testing.MemoryDump;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.SecretForms;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import java.security.spec.MGF1ParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: right after {@code wrap} returns, a core dump of the process holds no copy of the key or of a
 * component, nor of a hybrid wrap's one-time AES key, in any form {@link SecretForms} knows.
 */
public class KeyMemoryDumpIT {
    static final KeyPair PAIR = TestKeys.rsa(2048);
    static final byte[] KEY = HexFormat.of().parseHex("3c9a0f51d2e87b46a1c5f3098e2d7b64c0a91e5f2b7d38c6e4f1a0b9d8c7e6f5");
    static final byte[] COMPONENT_1 = HexFormat.of().parseHex("9e1d2c3b4a5f6e7d8c9bab0a19283746d5e4f3a2b1c0d9e8f7061524334251a0");

    @TempDir
    Path dir;

    @Test
    void wrapFromAHexKeyFileLeavesNoCopy() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("key.hex"), HexFormat.of().formatHex(KEY) + "\n");
        assertNoCopies("wrap --key-file (hex)", wrap("wrap --key-file (hex)", WrappingAlgorithm.RSAES_OAEP_SHA_256,
                List.of(SecretForms.of("key", KEY)), "--key-file", keyFile.toString()));
    }

    @Test
    void wrapFromABase64KeyFileLeavesNoCopy() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("key.b64"), java.util.Base64.getEncoder().encodeToString(KEY));
        assertNoCopies("wrap --key-file (base64)", wrap("wrap --key-file (base64)",
                WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, List.of(SecretForms.of("key", KEY)), "--key-file",
                keyFile.toString()));
    }

    @Test
    void wrapFromARawKeyFileWithAesKeyWrapLeavesNoCopy() throws Exception {
        Path keyFile = Files.write(dir.resolve("key.bin"), KEY);
        assertNoCopies("wrap --key-file (raw)", wrap("wrap --key-file (raw)", WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256,
                List.of(SecretForms.of("key", KEY)), "--key-file", keyFile.toString()));
    }

    @Test
    void wrapFromTwoComponentFilesLeavesNoCopyOfTheKeyOrAComponent() throws Exception {
        components(MemoryDump.SERIAL_GC, "wrap --component-file x2");
    }

    /** The collector the installed application gets: no copies either. */
    @Test
    void wrapFromComponentsUnderG1LeavesNoCopy() throws Exception {
        components(MemoryDump.G1_GC, "wrap --component-file x2 (G1)");
    }

    private void components(List<String> jvmOptions, String path) throws Exception {
        byte[] component2 = xor(KEY, COMPONENT_1);
        Path first = Files.writeString(dir.resolve("c1.hex"), HexFormat.of().withUpperCase().formatHex(COMPONENT_1));
        Path second = Files.writeString(dir.resolve("c2.hex"), HexFormat.of().formatHex(component2) + "\n");
        assertNoCopies(path, wrap(jvmOptions, path, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, List.of(SecretForms.of("key", KEY),
                        SecretForms.of("component 1", COMPONENT_1), SecretForms.of("component 2", component2)),
                "--component-file", first.toString(), "--component-file", second.toString()));
    }

    @Test
    void wrapOfAGeneratedKeyLeavesNoCopy() throws Exception {
        assertNoCopies("wrap --generate", wrap("wrap --generate", WrappingAlgorithm.RSAES_OAEP_SHA_1, List.of(),
                "--generate"));
    }

    /** Wraps in a held JVM; the secrets searched are {@code known} plus the key (and AES key) unwrapped from the output. */
    private Map<String, Long> wrap(String path, WrappingAlgorithm algorithm, List<SecretForms> known, String... keyArgs)
            throws Exception {
        return wrap(MemoryDump.SERIAL_GC, path, algorithm, known, keyArgs);
    }

    private Map<String, Long> wrap(List<String> jvmOptions, String path, WrappingAlgorithm algorithm,
                                   List<SecretForms> known, String... keyArgs) throws Exception {
        Path params = Params.folder(dir.resolve("params"), PAIR, algorithm, Duration.ofHours(5));
        Path out = Files.createDirectory(dir.resolve("out"));
        List<String> args = new ArrayList<>(List.of("wrap", "--params", params.toString(), "--out", out.toString()));
        args.addAll(List.of(keyArgs));
        Path wrapped = out.resolve("CustomerEncryptionKey.bin");
        return CeremonyDump.run(jvmOptions, dir, path, () -> secretsOf(algorithm, wrapped, known),
                args.toArray(String[]::new));
    }

    public static List<SecretForms> secretsOf(WrappingAlgorithm algorithm, Path wrappedFile, List<SecretForms> known) {
        try {
            byte[] wrapped = Files.readAllBytes(wrappedFile);
            List<SecretForms> secrets = new ArrayList<>(known);
            if (known.isEmpty()) {
                secrets.add(SecretForms.of("key", TestKeys.unwrap(algorithm.name(), PAIR.getPrivate(), 256, wrapped)));
            }
            if (algorithm.isHybrid()) {
                secrets.add(SecretForms.of("one-time AES key", oneTimeAesKey(algorithm, wrapped)));
            }
            secrets.add(rsaInput(wrappedFile));
            return secrets;
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OAEP block that went into RSA for {@code wrappedFile}: the wrapped secret in all but name. */
    public static SecretForms rsaInput(Path wrappedFile) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/NoPadding");
            rsa.init(Cipher.DECRYPT_MODE, PAIR.getPrivate());
            java.math.BigInteger modulus = ((java.security.interfaces.RSAPublicKey) PAIR.getPublic()).getModulus();
            byte[] rsaPart = Arrays.copyOf(Files.readAllBytes(wrappedFile), 256);
            return SecretForms.rsaInput("RSA input", rsa.doFinal(rsaPart), modulus);
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] oneTimeAesKey(WrappingAlgorithm algorithm, byte[] wrapped) throws GeneralSecurityException {
        boolean sha256 = algorithm.name().endsWith("SHA_256");
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.DECRYPT_MODE, PAIR.getPrivate(), new OAEPParameterSpec(sha256 ? "SHA-256" : "SHA-1", "MGF1",
                sha256 ? MGF1ParameterSpec.SHA256 : MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT));
        return rsa.doFinal(Arrays.copyOf(wrapped, 256));
    }

    static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }
}
