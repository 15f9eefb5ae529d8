package com.netcore.byok.cli;

import com.netcore.byok.ceremony.Ceremony;
import com.netcore.byok.ceremony.MultiRegionWrap;
import com.netcore.byok.ceremony.NewKeys;
import com.netcore.byok.ceremony.RegionSet;
import com.netcore.byok.ceremony.ShareRestore;
import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.ceremony.SplitPlan;
import com.netcore.byok.ceremony.WrapRequest;
import com.netcore.byok.ceremony.WrapResult;
import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.HandOffSigning;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeyMaker;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.ShareScheme;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.paper.ShareFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "wrap", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make or load a 256-bit key, wrap it with the import parameters' public key, and write "
                + "CustomerEncryptionKey.bin, CustomerEncryptionKey.bin.sha256 and CustomerEncryptionKey-receipt.txt "
                + "into the output folder. Needs no network.",
                "With several --params folders (the Regions of one multi-Region key), the one key is wrapped for each "
                        + "Region into a subfolder named by the Region, all or nothing.",
                "With --split, the key is also split into Shamir shares for custodians (a text file and a printable "
                        + "sheet with a QR code per share), so that it can be restored with --share-file for a "
                        + "re-import. The key itself is never written."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard wrap --params /media/usb/params --generate --out /media/usb/out",
                "  byok-wizard wrap --public-key WrappingPublicKey.bin --algorithm RSAES_OAEP_SHA_256 \\",
                "      --key-file key.hex --out out",
                "  byok-wizard wrap --params params-eu-west-1 --params params-us-east-1 --generate --out out",
                "      (a multi-Region key: out/eu-west-1/ and out/us-east-1/, the same key in both)",
                "  byok-wizard wrap --params params --component-file c1.hex --component-file c2.hex "
                        + "--component-file c3.hex --out out",
                "  byok-wizard wrap --params params --generate --out out --split 3-of-5 --shares-out shares \\",
                "      --custodian Alice --custodian Bob --custodian Chloe --custodian Dev --custodian Eva",
                "  byok-wizard wrap --params new-params --share-file share-1-of-5.txt --share-file share-3-of-5.txt \\",
                "      --share-file scan-of-sheet-4.png --out out2",
                "  byok-wizard wrap --params params --vendor-certificate vendor-signing.pem --generate --out out \\",
                "      --sign-receipt officer.p12"})
final class WrapCommand implements Callable<Integer> {
    private static final String CUSTODIAN_LABEL = "--custodian name";

    @Spec
    CommandSpec spec;

    @Mixin
    ParameterOptions parameters;

    @Mixin
    HandOffOptions handOff;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "%nKey (choose one):%n")
    KeyChoice key;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Existing folder for the three output files.")
    Path out;

    @Option(names = "--force", description = "Replace output files that already exist (never share files).")
    boolean force;

    @Option(names = "--allow-weak-key", description = "Wrap a key that looks like a test or placeholder key "
            + "(e.g. a repeated pattern) because it is a known legacy key that must be imported as it is.")
    boolean allowWeakKey;

    @ArgGroup(exclusive = false, heading = "%nSplit the key for custodians (optional):%n")
    Split split;

    static final class Split {
        @Option(names = "--split", paramLabel = "K-of-N", required = true, converter = SchemeConverter.class,
                description = "Also split the key into N Shamir shares, any K of which restore it and fewer reveal "
                        + "nothing (2 <= K <= N <= 16), e.g. 3-of-5.")
        ShareScheme scheme;

        @Option(names = "--shares-out", paramLabel = "DIR", required = true,
                description = "Existing folder, other than --out, for share-I-of-N.txt and its printable sheet "
                        + "share-I-of-N.pdf for each share. Existing share files are never replaced.")
        Path folder;

        @Option(names = "--custodian", paramLabel = "NAME",
                description = "The custodian of each share, in order; give none, or one per share.")
        List<String> custodians = new ArrayList<>();
    }

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

        @Option(names = "--share-file", paramLabel = "FILE", required = true,
                description = "A custodian's key share: the share-I-of-N.txt that --split wrote, the share typed "
                        + "from its sheet, or a PNG or JPEG image of the sheet's QR code. Give as many as the "
                        + "shares need; the key is restored in memory only.")
        List<Path> shareFiles;
    }

    /** What was read from each share file, printed before wrapping. */
    private final List<String> shareReport = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        Optional<SplitPlan> plan = checkSplitOptions();
        if (handOff.passwordFile != null && handOff.identityFile == null) {
            throw new ParameterException(spec.commandLine(), "--password-file needs --sign-receipt P12.");
        }
        boolean severalRegions = parameters.folderLabels().size() > 1;
        // each Region's README is checked against the vendor's signature before anything else is read from it
        List<SignedHandOff.Loaded> loaded = handOff.load(parameters);
        Optional<WrappingAlgorithm> requested = Optional.ofNullable(parameters.algorithm);
        List<ImportParameters> sets = loaded.stream().map(set -> set.settle(requested)).toList();
        Optional<SignerCertificate> vendor = loaded.get(0).signer();
        List<RegionSet.Region> regions = severalRegions ? RegionSet.of(sets, parameters.folderLabels()) : List.of();
        ImportParameters params = sets.get(0);
        if (regions.isEmpty()) {
            Ceremony.checkBeforeKey(params, out, force, plan, CUSTODIAN_LABEL, clock);
        } else {
            MultiRegionWrap.checkBeforeKey(regions, out, force, plan, CUSTODIAN_LABEL, clock);
        }
        SecureRandom random = KeyMaker.strongRandom();
        try (SigningIdentity identity = handOff.openIdentity(); AssembledKey assembled = assemble(random)) {
            if (regions.isEmpty()) {
                ParametersReport.print(stdout, params, clock);
            } else {
                RegionsReport.printParameters(stdout, regions, clock);
            }
            HandOffOptions.printSigner(stdout, vendor);
            if (assembled.source().kind() == KeySource.Kind.COMPONENTS) {
                List<String> kcvs = assembled.source().componentKcvs();
                for (int i = 0; i < kcvs.size(); i++) {
                    stdout.println("Component " + (i + 1) + " KCV (AES-CMAC): " + kcvs.get(i));
                }
            }
            shareReport.forEach(stdout::println);
            if (assembled.source().kind() == KeySource.Kind.SHARES) {
                stdout.println("Key " + assembled.source().describe() + " in memory only; compare its KCV below "
                        + "with the receipt of the original wrap.");
            }
            HandOffSigning signing = new HandOffSigning(vendor, Optional.ofNullable(identity));
            WrapResult result = Ceremony.wrap(new WrapRequest(sets, assembled, out, force, plan)
                    .withSigning(signing).allowingWeakKey(allowWeakKey), random, clock);
            WrappedKeyFiles.Written written = result.written();
            stdout.println("KCV (AES-CMAC): " + written.receipt().kcv());
            if (regions.isEmpty()) {
                stdout.println("Wrote:");
                for (Path file : written.files()) {
                    stdout.println("  " + file + " (" + sizeOf(file) + " bytes)");
                }
                if (identity != null) {
                    stdout.println("Receipt signed by " + identity.certificate().subject() + ".");
                }
                stdout.println("Send " + WrappedKeyFiles.WRAPPED_FILE + " and the receipt" + (identity != null
                        ? " with its signature" : "") + " to the operator.");
            } else {
                RegionsReport.printWritten(stdout, result.writtenPerParameterSet());
                if (identity != null) {
                    stdout.println("Each Region's receipt signed by " + identity.certificate().subject() + ".");
                }
            }
            if (split != null) {
                printShares(stdout);
            } else if (assembled.source().kind() == KeySource.Kind.GENERATED) {
                stdout.println("Note: the generated key was not saved anywhere. KMS re-imports only the same bytes, "
                        + "so it cannot be imported again after expiry or deletion (use --split to keep it in shares).");
            }
        }
        stdout.flush();
        return 0;
    }

    /** Usage mistakes of the split options, found before any file is read (exit code 2, like picocli's own). */
    private Optional<SplitPlan> checkSplitOptions() {
        if (split == null) {
            return Optional.empty();
        }
        if (key.shareFiles != null) {
            throw new ParameterException(spec.commandLine(), "--split cannot be used with --share-file: a key restored "
                    + "from shares is already split. Leave out --split, or keep using the existing shares.");
        }
        try {
            SplitPlan.checkCustodianCount(split.scheme, split.custodians, CUSTODIAN_LABEL);
        } catch (ByokException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        split.custodians.forEach(KeyShare::checkCustodian);
        return Optional.of(new SplitPlan(split.scheme, split.custodians, split.folder));
    }

    private void printShares(PrintWriter stdout) {
        int count = split.scheme.count();
        stdout.println("Split into " + split.scheme + " Shamir shares: " + split.scheme.describe()
                + ", fewer reveal nothing. Wrote:");
        for (int i = 1; i <= count; i++) {
            String who = split.custodians.isEmpty() ? "" : "  for " + KeyShare.checkCustodian(split.custodians.get(i - 1));
            stdout.println("  " + split.folder.resolve(ShareFiles.textName(i, count)) + " and "
                    + ShareFiles.sheetName(i, count) + who);
        }
        stdout.println("Print each sheet, give it with its text file to its custodian, then remove the share files "
                + "from this medium. The key itself was not saved anywhere.");
    }

    private AssembledKey assemble(SecureRandom random) {
        if (key.generate) {
            return NewKeys.generate(random);
        }
        if (key.keyFile != null) {
            return NewKeys.fromKeyFile(key.keyFile, "Key file");
        }
        if (key.shareFiles != null) {
            try (ShareRestore restore = new ShareRestore()) {
                restore.addFiles(key.shareFiles, (share, file) -> shareReport.add("Share " + share.number() + " of "
                        + share.scheme().count() + (share.custodian().isEmpty() ? "" : " (" + share.custodian() + ")")
                        + ", key KCV " + share.kcv() + ": checks match (" + file + ")"));
                return restore.restore();
            }
        }
        return NewKeys.fromComponentFiles(key.componentFiles);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
