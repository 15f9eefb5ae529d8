package com.netcore.byok.testing;

import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.WrappingAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/** Writes parameters folders as the operator (or AWS's console) would hand them to the customer. */
public final class Params {
    public static final String KEY_ARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private Params() {
    }

    /** A folder with WrappingPublicKey.bin (DER) and our own README.txt. */
    public static Path folder(Path dir, KeyPair pair, WrappingAlgorithm algorithm, Duration validFor) throws IOException {
        Files.createDirectories(dir);
        byte[] der = pair.getPublic().getEncoded();
        Files.write(dir.resolve("WrappingPublicKey.bin"), der);
        int bits = ((RSAPublicKey) pair.getPublic()).getModulus().bitLength();
        Files.writeString(dir.resolve("README.txt"), ImportReadme.write(KEY_ARN, algorithm, bits,
                Instant.now().plus(validFor).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), sha256(der)),
                StandardCharsets.UTF_8);
        return dir;
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
