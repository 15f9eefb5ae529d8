package com.netcore.byok.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Import parameters as read from disk, before the algorithm is settled: the wrapping public key and the
 * README when there is one, checked against each other once, here. {@link #settle} then picks the algorithm
 * as often as the user changes the choice, without reading or checking the files again.
 */
public record LoadedParameters(Path source, WrappingPublicKey publicKey, Optional<ImportReadme> readme) {

    public LoadedParameters {
        readme.ifPresent(r -> ImportParameters.checkConsistent(r, publicKey));
    }

    /** Reads a parameters folder, or a public key file with the README beside it when there is one. */
    public static LoadedParameters load(Path folderOrPublicKey) {
        if (Files.isDirectory(folderOrPublicKey)) {
            ImportParameters.Located files = ImportParameters.locate(folderOrPublicKey);
            return fromFiles(folderOrPublicKey, files.publicKey(), files.readme());
        }
        return fromFiles(folderOrPublicKey, folderOrPublicKey, besideReadme(folderOrPublicKey));
    }

    /** Reads the public key file and, when given, its README. */
    public static LoadedParameters fromFiles(Path source, Path publicKeyFile, Optional<Path> readmeFile) {
        WrappingPublicKey publicKey = WrappingPublicKey.load(publicKeyFile);
        return new LoadedParameters(source, publicKey, readmeFile.map(ImportReadme::load));
    }

    /** True when the README names no algorithm, so the user has to choose one. */
    public boolean needsAlgorithmChoice() {
        return readme.flatMap(ImportReadme::algorithm).isEmpty();
    }

    /** The parameters with their one algorithm: the README's, or {@code requested} when the README names none. */
    public ImportParameters settle(Optional<WrappingAlgorithm> requested) {
        return ImportParameters.settle(publicKey, readme, requested);
    }

    static Optional<Path> besideReadme(Path publicKeyFile) {
        Path folder = publicKeyFile.toAbsolutePath().getParent();
        Path readme = folder == null ? null : folder.resolve(ImportReadme.FILE_NAME);
        return readme != null && Files.isRegularFile(readme) ? Optional.of(readme) : Optional.empty();
    }
}
