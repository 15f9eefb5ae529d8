package com.netcore.byok.cli;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.WrappingAlgorithm;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the import parameters come from: a folder, or the public key file and optionally its README. */
final class ParameterOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--algorithm", paramLabel = "ALG", converter = AlgorithmConverter.class,
            description = "Wrapping algorithm the operator requested: RSAES_OAEP_SHA_256, RSAES_OAEP_SHA_1, "
                    + "RSA_AES_KEY_WRAP_SHA_256 or RSA_AES_KEY_WRAP_SHA_1. "
                    + "Required when there is no README; must agree with the README when there is one.")
    WrappingAlgorithm algorithm;

    static final class Source {
        @Option(names = "--params", paramLabel = "DIR", required = true,
                description = "Folder holding WrappingPublicKey.bin and README.txt.")
        Path folder;

        @ArgGroup(exclusive = false)
        Files files;
    }

    static final class Files {
        @Option(names = "--public-key", paramLabel = "FILE", required = true,
                description = "WrappingPublicKey.bin (DER, PEM or base64 text).")
        Path publicKey;

        @Option(names = "--readme", paramLabel = "FILE", description = "The README.txt that came with it.")
        Path readme;
    }

    ImportParameters load() {
        Optional<WrappingAlgorithm> requested = Optional.ofNullable(algorithm);
        if (source.folder != null) {
            return ImportParameters.fromFolder(source.folder, requested);
        }
        return ImportParameters.fromFiles(source.files.publicKey, Optional.ofNullable(source.files.readme), requested);
    }
}
