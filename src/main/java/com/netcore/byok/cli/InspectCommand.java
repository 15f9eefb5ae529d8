package com.netcore.byok.cli;

import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show what a set of import parameters holds: wrapping key size and SHA-256 fingerprint, "
                + "algorithm, key ARN, and the time left until it expires."},
        footerHeading = "%nExample:%n",
        footer = {"  byok-wizard inspect /media/usb/params",
                "  byok-wizard inspect /media/usb/params --vendor-certificate vendor-signing.pem"})
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PARAMS_DIR|WrappingPublicKey.bin", arity = "1..*",
            description = "The parameters folder, or the wrapping public key file itself. Several folders (the "
                    + "Regions of one multi-Region key) are each shown, and checked to be for one key.")
    List<Path> targets;

    @Option(names = "--readme", paramLabel = "FILE", description = "README.txt, when TARGET is a key file.")
    Path readme;

    @Option(names = "--vendor-certificate", paramLabel = "PEM",
            description = "The vendor's signing certificate: check that README.txt.p7s is its signature over the "
                    + "README, which names the public key's SHA-256.")
    Path vendorCertificate;

    @Option(names = "--algorithm", paramLabel = "ALG", converter = AlgorithmConverter.class,
            description = "The algorithm you intend to wrap with; checked against the README.")
    WrappingAlgorithm algorithm;

    @Override
    public Integer call() {
        Optional<SignerCertificate> vendor = Optional.ofNullable(vendorCertificate)
                .map(SignedHandOff::vendorCertificate);
        if (targets.size() > 1) {
            return RegionsInspection.print(spec.commandLine().getOut(), targets, Optional.ofNullable(algorithm), vendor,
                    Clock.systemUTC());
        }
        Path target = targets.get(0);
        var out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        Optional<WrappingAlgorithm> requested = Optional.ofNullable(algorithm);
        ImportParameters.Located files = Files.isDirectory(target)
                ? ImportParameters.locate(target)
                : new ImportParameters.Located(target, Optional.ofNullable(readme));
        SignedHandOff.Loaded loaded = SignedHandOff.load(target, files.publicKey(), files.readme(), vendor);
        WrappingPublicKey key = loaded.parameters().publicKey();
        Optional<ImportReadme> readmeFile = loaded.parameters().readme();
        HandOffOptions.printSigner(out, loaded.signer());
        ParametersReport.printKey(out, key);
        Optional<WrappingAlgorithm> settled = readmeFile.flatMap(ImportReadme::algorithm).or(() -> requested);
        readmeFile.ifPresentOrElse(r -> ParametersReport.printReadme(out, r, settled, clock),
                () -> out.println("README: none given. Wrapping needs --algorithm (the one the operator requested)."));
        if (requested.isPresent()) {
            ImportParameters.of(key, readmeFile, requested); // refuses a conflict with the README
        }
        ImportParameters.requireNotExpired(readmeFile.flatMap(ImportReadme::validTo), clock);
        out.flush();
        return 0;
    }
}
