package com.netcore.byok.cli;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.WrappingAlgorithm;
import java.nio.file.Path;
import java.util.List;
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
                description = "Folder holding WrappingPublicKey.bin and README.txt. Repeat it for each Region of a "
                        + "multi-Region key: one key is then wrapped for all of them, into a subfolder per Region.")
        List<Path> folders;

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

    /** The {@code --params} folders as messages name them (empty for {@code --public-key}). */
    List<String> folderLabels() {
        return source.folders == null ? List.of() : source.folders.stream().map(Path::toString).toList();
    }

    ImportParameters load() {
        Optional<WrappingAlgorithm> requested = Optional.ofNullable(algorithm);
        if (source.folders != null) {
            return ImportParameters.fromFolder(source.folders.get(0), requested);
        }
        return ImportParameters.fromFiles(source.files.publicKey, Optional.ofNullable(source.files.readme), requested);
    }
}
