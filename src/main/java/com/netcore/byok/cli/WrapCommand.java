package com.netcore.byok.cli;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeyMaterials;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappedKeyFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "wrap", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make or load a 256-bit key, wrap it with the import parameters' public key, and write "
                + "CustomerEncryptionKey.bin, CustomerEncryptionKey.bin.sha256 and CustomerEncryptionKey-receipt.txt "
                + "into the output folder. Needs no network."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard wrap --params /media/usb/params --generate --out /media/usb/out",
                "  byok-wizard wrap --public-key WrappingPublicKey.bin --algorithm RSAES_OAEP_SHA_256 \\",
                "      --key-file key.hex --out out",
                "  byok-wizard wrap --params params --component-file c1.hex --component-file c2.hex "
                        + "--component-file c3.hex --out out"})
final class WrapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ParameterOptions parameters;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "%nKey (choose one):%n")
    KeyChoice key;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Existing folder for the three output files.")
    Path out;

    @Option(names = "--force", description = "Replace output files that already exist.")
    boolean force;

    static final class KeyChoice {
        @Option(names = "--generate", required = true,
                description = "Generate a new random key (SecureRandom DRBG with prediction resistance).")
        boolean generate;

        @Option(names = "--key-file", paramLabel = "FILE", required = true,
                description = "An existing key: 32 raw bytes, or hex or base64 text of 32 bytes.")
        Path keyFile;

        @Option(names = "--component-file", paramLabel = "FILE", required = true,
                description = "A custodian's full-length component (same formats); give 2 or more, XOR-ed together.")
        List<Path> componentFiles;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        ImportParameters params = parameters.load();
        params.requireNotExpired(clock);
        WrappedKeyFiles.checkOutputFolder(out, force);
        SecureRandom random = KeyMaterials.strongRandom();
        KeyMaterials.Assembled assembled = assemble(random);
        try (SecretKeyMaterial material = assembled.key()) {
            ParametersReport.print(stdout, params, clock);
            if (assembled.source().kind() == KeySource.Kind.COMPONENTS) {
                List<String> kcvs = assembled.source().componentKcvs();
                for (int i = 0; i < kcvs.size(); i++) {
                    stdout.println("Component " + (i + 1) + " KCV (AES-CMAC): " + kcvs.get(i));
                }
            }
            WrappedKeyFiles.Written written = WrappedKeyFiles.wrapAndWrite(params, material, assembled.source(), out,
                    force, random, clock);
            stdout.println("KCV (AES-CMAC): " + written.receipt().kcv());
            stdout.println("Wrote:");
            for (Path file : written.files()) {
                stdout.println("  " + file + " (" + sizeOf(file) + " bytes)");
            }
            stdout.println("Send " + WrappedKeyFiles.WRAPPED_FILE + " and the receipt to the operator.");
            if (assembled.source().kind() == KeySource.Kind.GENERATED) {
                stdout.println("Note: the generated key was not saved anywhere. KMS re-imports only the same bytes, "
                        + "so it cannot be imported again after expiry or deletion.");
            }
        }
        stdout.flush();
        return 0;
    }

    private KeyMaterials.Assembled assemble(SecureRandom random) {
        if (key.generate) {
            return new KeyMaterials.Assembled(KeyMaterials.generate(random),
                    KeySource.generated(KeyMaterials.describe(random)));
        }
        if (key.keyFile != null) {
            return new KeyMaterials.Assembled(KeyMaterials.fromFile(key.keyFile, "Key file"),
                    KeySource.keyFile(key.keyFile.getFileName().toString()));
        }
        return KeyMaterials.fromComponentFiles(key.componentFiles);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
