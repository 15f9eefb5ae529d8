package com.netcore.byok.core;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Import parameters whose README the vendor signed ({@code README.txt.p7s}), checked against the vendor's pinned
 * certificate. The README names the wrapping public key's SHA-256, so the signature covers
 * {@code WrappingPublicKey.bin} too: the key must match it.
 */
public record SignedParameters(LoadedParameters loaded, SignerCertificate signer) {
    static final String DO_NOT_USE = "Do not use these files; ask the vendor for a new set of signed parameters.";

    /** Reads a parameters folder, or a public key file with the README beside it, and checks the signature. */
    public static SignedParameters load(Path folderOrPublicKey, SignerCertificate vendor) {
        ImportParameters.Located files = java.nio.file.Files.isDirectory(folderOrPublicKey)
                ? ImportParameters.locate(folderOrPublicKey)
                : new ImportParameters.Located(folderOrPublicKey, LoadedParameters.besideReadme(folderOrPublicKey));
        return fromFiles(folderOrPublicKey, files.publicKey(), files.readme(), vendor);
    }

    /** As {@link #load}, for a public key file and the README given with it. */
    public static SignedParameters fromFiles(Path source, Path publicKeyFile, Optional<Path> readmeFile,
                                             SignerCertificate vendor) {
        if (readmeFile.isEmpty()) {
            throw new ByokException("The parameters in " + source + " have no " + ImportReadme.FILE_NAME + ", so "
                    + "they carry no vendor signature, but a vendor certificate (" + vendor.subject() + ") expects "
                    + "one. " + DO_NOT_USE);
        }
        Path readme0 = readmeFile.get();
        byte[] readmeBytes = ImportReadme.readBytes(readme0);
        SignerCertificate signer = DetachedSignature.verify(readmeBytes, DetachedSignature.fileFor(readme0),
                vendor, "README file " + readme0, DO_NOT_USE);
        ImportReadme readme = ImportReadme.parse(readme0, readmeBytes);
        String named = readme.fingerprint().orElseThrow(() -> new ByokException("README file " + readme0
                + " is signed but names no public key SHA-256, so the signature does not cover "
                + WrappingPublicKey.FILE_NAME + ". " + DO_NOT_USE));
        WrappingPublicKey publicKey = WrappingPublicKey.load(publicKeyFile);
        if (!Hex.normalize(named).equals(publicKey.fingerprint())) {
            throw new ByokException(publicKeyFile + " is not the key that the signed README names (it has SHA-256 "
                    + publicKey.fingerprintGrouped() + ", the README " + Hex.grouped(named) + "): the public key was "
                    + "swapped or comes from other parameters. " + DO_NOT_USE);
        }
        return new SignedParameters(new LoadedParameters(source, publicKey, Optional.of(readme)), signer);
    }
}
