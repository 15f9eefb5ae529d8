package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of GetParametersForImport: the wrapping public key and the import token, valid to
 * {@code validTo}. {@link #writeTo} makes the parameters folder: WrappingPublicKey.bin and README.txt go to the
 * customer, ImportToken.bin stays with the operator for {@code kms import}.
 */
public record DownloadedParameters(String keyArn, WrappingAlgorithm algorithm, WrappingPublicKey publicKey,
                                   byte[] importToken, Instant validTo) {

    public static final String TOKEN_FILE = "ImportToken.bin";
    /** The files the customer gets; the token is not among them. */
    public static final List<String> CUSTOMER_FILES = List.of(WrappingPublicKey.FILE_NAME, ImportReadme.FILE_NAME);

    public DownloadedParameters {
        importToken = importToken.clone();
        validTo = validTo.truncatedTo(ChronoUnit.SECONDS); // rounded down: never later than KMS's own time
    }

    @Override
    public byte[] importToken() {
        return importToken.clone();
    }

    /** Our fixed-format README, exactly as the customer's wizard reads it. */
    public String readme() {
        return ImportReadme.write(keyArn, algorithm, publicKey.bits(), validTo, publicKey.fingerprint());
    }

    /**
     * Writes WrappingPublicKey.bin (raw DER), ImportToken.bin (raw) and README.txt into {@code folder}, all
     * or none; the folder is made if missing. Existing files are replaced only with {@code overwrite}.
     */
    public Written writeTo(Path folder, boolean overwrite) {
        return writeTo(folder, overwrite, Map.of());
    }

    /**
     * As {@link #writeTo(Path, boolean)}, with more files (e.g. README.txt.p7s) in the same all-or-none step.
     * Replacing parameters without a new signature removes the old README.txt.p7s once the new files are in
     * place: it signed the replaced README, and the customer's check would refuse it.
     */
    public Written writeTo(Path folder, boolean overwrite, Map<String, byte[]> more) {
        if (!Files.exists(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new ByokException("Could not create the parameters folder " + folder + " (" + e.getMessage()
                        + "). Choose a writable place.");
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(WrappingPublicKey.FILE_NAME, publicKey.der());
        files.put(TOKEN_FILE, importToken.clone());
        files.put(ImportReadme.FILE_NAME, readme().getBytes(StandardCharsets.UTF_8));
        files.putAll(more);
        Path oldSignature = folder.resolve(ParameterSigner.SIGNATURE_FILE);
        boolean stale = overwrite && !more.containsKey(ParameterSigner.SIGNATURE_FILE)
                && Files.exists(oldSignature, LinkOption.NOFOLLOW_LINKS);
        SafeFiles.writeAll(folder, files, overwrite);
        if (stale) {
            try {
                Files.delete(oldSignature);
            } catch (IOException e) {
                throw new ByokException("The new parameters are in " + folder + ", but " + oldSignature + " could not "
                        + "be removed (" + e.getMessage() + "). Delete it: it signs the replaced README.txt, and the "
                        + "customer's check would refuse the new one.");
            }
        }
        return new Written(files.keySet().stream().map(folder::resolve).toList(),
                stale ? Optional.of(oldSignature) : Optional.empty());
    }

    /** The files written, and the old signature removed with them, if any. */
    public record Written(List<Path> files, Optional<Path> removedSignature) {
    }
}
