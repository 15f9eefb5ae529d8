package com.netcore.byok.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The customer's view of a set of import parameters: the wrapping public key, what the README says, and
 * the one wrapping algorithm to use. Mismatches between the files, or with the algorithm the user asked
 * for, are refused here, before any key is touched.
 */
public record ImportParameters(
        WrappingPublicKey publicKey,
        Optional<ImportReadme> readme,
        WrappingAlgorithm algorithm) {

    /** Below this, the wizard warns that the parameters expire soon. */
    public static final Duration SHORT_TIME_LEFT = Duration.ofHours(2);

    /** The files of a parameters folder: the public key, and the README when there is one. */
    public record Located(Path publicKey, Optional<Path> readme) {
    }

    /** Finds {@code WrappingPublicKey.bin} and {@code README.txt} in a folder (old console names accepted too). */
    public static Located locate(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ByokException("Parameters folder " + folder + (Files.exists(folder) ? " is a file, not a folder."
                    : " does not exist.") + " Choose the folder holding " + WrappingPublicKey.FILE_NAME + ".");
        }
        Path publicKey = findOne(folder, WrappingPublicKey.FILE_NAME, "wrappingKey_", "")
                .orElseThrow(() -> new ByokException("Parameters folder " + folder + " holds no "
                        + WrappingPublicKey.FILE_NAME + ". Choose the folder the operator's import parameters were "
                        + "saved to."));
        return new Located(publicKey, findOne(folder, ImportReadme.FILE_NAME, "README_", ".txt"));
    }

    public static ImportParameters fromFolder(Path folder, Optional<WrappingAlgorithm> requested) {
        Located files = locate(folder);
        return fromFiles(files.publicKey(), files.readme(), requested);
    }

    public static ImportParameters fromFiles(Path publicKeyFile, Optional<Path> readmeFile,
                                             Optional<WrappingAlgorithm> requested) {
        return LoadedParameters.fromFiles(publicKeyFile, publicKeyFile, readmeFile).settle(requested);
    }

    /** Checks the parts against each other and settles the algorithm. */
    public static ImportParameters of(WrappingPublicKey publicKey, Optional<ImportReadme> readme,
                                      Optional<WrappingAlgorithm> requested) {
        readme.ifPresent(r -> checkConsistent(r, publicKey));
        return settle(publicKey, readme, requested);
    }

    /** Settles the algorithm of parts already checked against each other (see {@link LoadedParameters}). */
    static ImportParameters settle(WrappingPublicKey publicKey, Optional<ImportReadme> readme,
                                   Optional<WrappingAlgorithm> requested) {
        Optional<WrappingAlgorithm> fromReadme = readme.flatMap(ImportReadme::algorithm);
        if (fromReadme.isPresent() && requested.isPresent() && fromReadme.get() != requested.get()) {
            throw new ByokException("README file " + readme.get().file() + " says " + fromReadme.get().name()
                    + " but " + requested.get().name() + " was requested. KMS accepts only the algorithm the parameters"
                    + " were downloaded with: drop the algorithm choice, or ask the operator for new parameters.");
        }
        WrappingAlgorithm algorithm = fromReadme.or(() -> requested).orElseThrow(() -> new ByokException(
                readme.isPresent()
                        ? "README file " + readme.get().file() + " names no wrapping algorithm. Choose the algorithm the"
                        + " operator downloaded the parameters with (--algorithm, e.g. RSAES_OAEP_SHA_256)."
                        : "No README.txt was given, so the wrapping algorithm is unknown. Choose the algorithm the"
                        + " operator downloaded the parameters with (--algorithm, e.g. RSAES_OAEP_SHA_256)."));
        return new ImportParameters(publicKey, readme, algorithm);
    }

    public Optional<String> keyArn() {
        return readme.flatMap(ImportReadme::keyArn);
    }

    public Optional<Instant> validTo() {
        return readme.flatMap(ImportReadme::validTo);
    }

    /** True when the README's time had no zone and was read as UTC. */
    public boolean validToZoneAssumed() {
        return readme.map(ImportReadme::validToZoneAssumed).orElse(false);
    }

    /** Time left until the parameters expire; empty when the README gives no expiry. */
    public Optional<Duration> timeLeft(Clock clock) {
        return validTo().map(t -> Duration.between(clock.instant(), t));
    }

    /**
     * Refuses expired parameters (KMS would reject the import anyway) and an expiry further ahead than
     * parameters ever last: that date is something else, such as a copyright year.
     */
    public void requireNotExpired(Clock clock) {
        requireNotExpired(validTo(), clock);
    }

    public static void requireNotExpired(Optional<Instant> validTo, Clock clock) {
        if (validTo.isPresent() && !clock.instant().isBefore(validTo.get())) {
            throw new ByokException("These import parameters expired at " + validTo.get() + " ("
                    + Durations.describe(Duration.between(validTo.get(), clock.instant())) + " ago). KMS would reject "
                    + "the import: the operator must download new import parameters and send the new "
                    + WrappingPublicKey.FILE_NAME + " and " + ImportReadme.FILE_NAME + ".");
        }
        if (validTo.isPresent() && validTo.get().isAfter(clock.instant().plus(ImportReadme.LONGEST_VALIDITY))) {
            throw new ByokException(ImportReadme.FILE_NAME + " gives " + validTo.get() + " as the expiry, "
                    + Durations.describe(Duration.between(clock.instant(), validTo.get())) + " from now, but KMS import "
                    + "parameters last only 24 hours, so that date is not their expiry (a copyright year or another "
                    + "date?). Ask the operator for a " + ImportReadme.FILE_NAME + " that states when the parameters expire.");
        }
    }

    /** Refuses a README whose key spec or fingerprint contradicts the public key. */
    public static void checkConsistent(ImportReadme readme, WrappingPublicKey key) {
        readme.keySpecBits().ifPresent(bits -> {
            if (bits != key.bits()) {
                throw new ByokException("README file " + readme.file() + " says RSA_" + bits + " but the wrapping public"
                        + " key is " + key.bits() + " bits: the two files come from different downloads. Ask the "
                        + "operator for one matching set.");
            }
        });
        readme.fingerprint().ifPresent(fp -> {
            if (!fp.equals(key.fingerprint())) {
                throw new ByokException("README file " + readme.file() + " gives public key SHA-256 " + Hex.grouped(fp)
                        + " but the wrapping public key has " + key.fingerprintGrouped() + ": the files come from "
                        + "different downloads or were changed. Ask the operator for one matching set.");
            }
        });
    }

    private static Optional<Path> findOne(Path folder, String name, String legacyPrefix, String legacySuffix) {
        Path exact = folder.resolve(name);
        if (Files.exists(exact) && !Files.isDirectory(exact)) {
            return Optional.of(exact); // a device or pipe of that name is refused when read, never passed over
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> legacy = files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(legacyPrefix) && n.endsWith(legacySuffix);
            }).sorted().toList();
            if (legacy.size() > 1) {
                throw new ByokException("Parameters folder " + folder + " holds several " + legacyPrefix + "* files ("
                        + legacy.size() + "). Keep only the newest download in the folder.");
            }
            return legacy.stream().findFirst();
        } catch (IOException e) {
            throw new ByokException("Parameters folder " + folder + " cannot be read: " + SafeFiles.reason(e) + ".");
        }
    }
}
