package com.netcore.byok.cli;

import com.netcore.byok.ceremony.RegionSet;
import com.netcore.byok.core.WrappedKeyFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Prints the Regions of a multi-Region ceremony, for {@code wrap} with several {@code --params}. */
final class RegionsReport {
    private RegionsReport() {
    }

    static void printParameters(PrintWriter out, List<RegionSet.Region> regions, Clock clock) {
        out.println("One key for " + regions.size() + " Regions of " + keyId(regions.get(0).keyArn()) + ": "
                + String.join(", ", regions.stream().map(RegionSet.Region::name).toList()) + ".");
        for (RegionSet.Region region : regions) {
            out.println("Region " + region.name() + " (" + region.label() + "):");
            region.parameters().readme().ifPresent(readme -> {
                ParametersReport.printKey(out, region.parameters().publicKey());
                ParametersReport.printReadme(out, readme, Optional.of(region.parameters().algorithm()), clock);
            });
        }
    }

    static void printWritten(PrintWriter out, List<WrappedKeyFiles.Written> perRegion) {
        out.println("Wrote one folder per Region:");
        for (WrappedKeyFiles.Written written : perRegion) {
            for (Path file : written.files()) {
                out.println("  " + file);
            }
        }
        out.println("Send each Region's folder to the operator; it is imported into that Region's key only.");
    }

    private static String keyId(String keyArn) {
        return keyArn.substring(keyArn.lastIndexOf('/') + 1);
    }
}
