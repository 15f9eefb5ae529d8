package com.netcore.byok.testing;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappedKeyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/** The customer's side of a ceremony in tests: wraps known key bytes for a parameters folder, through core. */
public final class Customer {
    public static final String KEY_HEX = "00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    public static final String OTHER_KEY_HEX = "f0e1d2c3b4a5968778695a4b3c2d1e0fffeeddccbbaa99887766554433221100";
    public static final String THIRD_KEY_HEX = "a5".repeat(16) + "5a".repeat(16);

    private Customer() {
    }

    /**
     * Puts other wrapped bytes into a customer folder and updates the receipt and checksum to match, as a
     * customer tool with a different wrap would have written them.
     */
    public static void replaceWrapped(Path out, byte[] wrapped) throws IOException {
        Path file = out.resolve(WrappedKeyFiles.WRAPPED_FILE);
        String oldSha = sha256(Files.readAllBytes(file));
        String newSha = sha256(wrapped);
        Files.write(file, wrapped);
        Path receipt = out.resolve(com.netcore.byok.core.Receipt.FILE_NAME);
        Files.writeString(receipt, Files.readString(receipt).replace(oldSha, newSha));
        Path checksum = out.resolve(WrappedKeyFiles.CHECKSUM_FILE);
        Files.writeString(checksum, Files.readString(checksum).replace(oldSha, newSha));
    }

    public static String sha256(byte[] data) {
        return Params.sha256(data);
    }

    /** Wraps the key given as hex for the parameters in {@code params} and writes the three files into {@code out}. */
    public static Path wrap(Path params, String keyHex, Path out) throws IOException {
        Files.createDirectories(out);
        ImportParameters parameters = ImportParameters.fromFolder(params, Optional.empty());
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(keyHex))) {
            WrappedKeyFiles.wrapAndWrite(parameters, key, KeySource.keyFile("key.hex"), out, false, new SecureRandom(),
                    Clock.systemUTC());
        }
        return out;
    }
}
