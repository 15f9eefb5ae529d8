package com.netcore.byok.ceremony;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.core.SignerCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor certificates the officer trusts, pinned once after comparing the fingerprint: one PEM file per
 * certificate, named by its SHA-256 fingerprint, in {@code ~/.byok-wizard/trusted-vendors/} (or the folder that
 * the system property {@value #FOLDER_PROPERTY} names).
 */
public final class TrustedVendors {
    public static final String FOLDER_PROPERTY = "byok.trustedVendors";
    private final Path folder;

    public TrustedVendors(Path folder) {
        this.folder = folder;
    }

    /** The user's store: the system property's folder, or {@code ~/.byok-wizard/trusted-vendors}. */
    public static TrustedVendors forUser() {
        String override = System.getProperty(FOLDER_PROPERTY);
        return new TrustedVendors(override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".byok-wizard", "trusted-vendors"));
    }

    public Path folder() {
        return folder;
    }

    /** The pinned certificates, by subject; unreadable files are skipped (they pin nothing). */
    public List<SignerCertificate> list() {
        List<SignerCertificate> pinned = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return pinned;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.pem")) {
            for (Path file : files) {
                try {
                    pinned.add(SignerCertificate.load(file, "Trusted vendor certificate"));
                } catch (ByokException unreadable) {
                    // a damaged or foreign file in the folder trusts nobody
                }
            }
        } catch (IOException e) {
            throw new ByokException("The trusted vendors folder " + folder + " cannot be read (" + e.getMessage()
                    + "). Check its permissions.");
        }
        pinned.sort(Comparator.comparing(SignerCertificate::subject));
        return pinned;
    }

    /** The pinned certificate with this fingerprint, if any. */
    public Optional<SignerCertificate> find(String fingerprint) {
        return list().stream().filter(c -> c.fingerprint().equals(fingerprint)).findFirst();
    }

    /** Pins {@code certificate}; pinning it again changes nothing. */
    public void pin(SignerCertificate certificate) {
        if (find(certificate.fingerprint()).isPresent()) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ByokException("The trusted vendors folder " + folder + " cannot be created (" + e.getMessage()
                    + "). Check the permissions of its parent folder.");
        }
        SafeFiles.writeAll(folder, Map.of(fileName(certificate),
                certificate.pem().getBytes(StandardCharsets.US_ASCII)), false);
    }

    /** Removes the pin of {@code certificate}, e.g. when the vendor changed its signing key or stopped signing. */
    public void remove(SignerCertificate certificate) {
        try {
            Files.deleteIfExists(folder.resolve(fileName(certificate)));
        } catch (IOException e) {
            throw new ByokException("The trusted vendor certificate " + folder.resolve(fileName(certificate))
                    + " cannot be removed (" + e.getMessage() + "). Check the folder's permissions.");
        }
    }

    private static String fileName(SignerCertificate certificate) {
        return certificate.fingerprint() + ".pem";
    }
}
