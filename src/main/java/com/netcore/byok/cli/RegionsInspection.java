package com.netcore.byok.cli;

import com.netcore.byok.ceremony.RegionSet;
import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.LoadedParameters;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.WrappingAlgorithm;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code inspect} with several folders: each Region's fingerprint and time left, and one key for all; with a
 * vendor certificate, every folder's README is checked against it first.
 */
final class RegionsInspection {
    private RegionsInspection() {
    }

    static int print(PrintWriter out, List<Path> folders, Optional<WrappingAlgorithm> requested,
                     Optional<SignerCertificate> vendor, Clock clock) {
        List<LoadedParameters> loaded = new ArrayList<>();
        for (Path folder : folders) {
            ImportParameters.locate(folder); // a key file is refused here: several targets must be folders
            loaded.add(SignedHandOff.load(folder, vendor).parameters());
        }
        List<String> regions = RegionSet.checkKeyArns(
                loaded.stream().map(l -> l.readme().flatMap(ImportReadme::keyArn)).toList(),
                folders.stream().map(Path::toString).toList());
        for (int i = 0; i < loaded.size(); i++) {
            LoadedParameters one = loaded.get(i);
            out.println("Region " + regions.get(i) + " (" + folders.get(i) + "):");
            ParametersReport.printKey(out, one.publicKey());
            ImportReadme readme = one.readme().orElseThrow();
            ParametersReport.printReadme(out, readme, readme.algorithm().or(() -> requested), clock);
        }
        out.println("All " + loaded.size() + " folders are for one multi-Region key: " + String.join(", ", regions)
                + ". Compare each Region's fingerprint with the operator's.");
        vendor.ifPresent(v -> out.println("Every Region's parameters signed by " + v.subject() + ", verified "
                + "(certificate SHA-256 " + v.fingerprintGrouped() + ")."));
        for (int i = 0; i < loaded.size(); i++) {
            try {
                ImportParameters.requireNotExpired(loaded.get(i).readme().flatMap(ImportReadme::validTo), clock);
            } catch (ByokException e) {
                throw new ByokException("Parameters folder " + folders.get(i) + " ("
                        + regions.get(i) + "): " + e.getMessage());
            }
        }
        out.flush();
        return 0;
    }
}
