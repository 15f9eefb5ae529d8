package com.netcore.byok.ceremony;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.RegionFiles;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.core.WrappedKeyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One key wrapped for several Regions' parameters of one multi-Region key: a subfolder of the output folder per
 * Region ({@code OUT/eu-west-1/...}), each with the three files, all written together or none at all.
 */
public final class MultiRegionWrap {

    private MultiRegionWrap() {
    }

    /** How messages name each set: the folder of its README, or its place in the list when it has none. */
    public static List<String> labels(List<ImportParameters> sets) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            int number = i + 1;
            labels.add(sets.get(i).readme().map(ImportReadme::file).map(f -> f.toAbsolutePath().getParent())
                    .map(Path::toString).orElse("number " + number + " (no README.txt)"));
        }
        return labels;
    }

    /** The subfolder a Region's files go to. */
    public static Path folderOf(Path outputFolder, String region) {
        return outputFolder.resolve(region);
    }

    /**
     * Checks made before any key is touched: every Region's parameters still valid, the output folder writable, and
     * each Region's existing subfolder able to take the files; then the split's rules.
     */
    public static void checkBeforeKey(List<RegionSet.Region> regions, Path outputFolder, boolean overwrite,
                                      Optional<SplitPlan> split, String custodianLabel, Clock clock) {
        for (RegionSet.Region region : regions) {
            try {
                region.parameters().requireNotExpired(clock);
            } catch (ByokException e) {
                throw new ByokException("Parameters folder " + region.label() + " (" + region.name() + "): "
                        + e.getMessage() + " Nothing was written for any Region.");
            }
        }
        SafeFiles.requireWritableFolder(outputFolder);
        for (RegionSet.Region region : regions) {
            Path folder = folderOf(outputFolder, region.name());
            if (Files.exists(folder)) {
                WrappedKeyFiles.checkOutputFolder(folder, overwrite);
            }
        }
        split.ifPresent(plan -> plan.check(outputFolder, custodianLabel));
    }

    /** Wraps the request's key for every Region and writes all the files, and the shares when given, or nothing. */
    static List<WrappedKeyFiles.Written> wrapAndWrite(WrapRequest request, Optional<WrappedKeyFiles.SharesOut> shares,
                                                      SecureRandom random, Clock clock) {
        try {
            List<RegionSet.Region> regions = RegionSet.of(request.parameterSets(), labels(request.parameterSets()));
            checkBeforeKey(regions, request.outputFolder(), request.overwrite(), Optional.empty(), "", clock);
            List<RegionFiles.Prepared> prepared = new ArrayList<>();
            for (RegionSet.Region region : regions) {
                prepared.add(RegionFiles.prepare(region.parameters(), request.key().key(), request.key().source(),
                        region.name(), RegionSet.others(regions, region),
                        folderOf(request.outputFolder(), region.name()), shares, request.signing(), random, clock));
            }
            List<SafeFiles.Batch> batches = new ArrayList<>();
            prepared.forEach(p -> batches.add(SafeFiles.Batch.of(p.folder(), p.contents(), request.overwrite())));
            shares.ifPresent(s -> batches.add(new SafeFiles.Batch(s.folder(), s.files(), false)));
            writeIntoNewFolders(batches, prepared.stream().map(RegionFiles.Prepared::folder).toList());
            return prepared.stream().map(RegionFiles.Prepared::written).toList();
        } finally {
            shares.ifPresent(WrappedKeyFiles.SharesOut::wipe);
        }
    }

    /** Creates the Region folders that do not exist yet, writes, and removes the created folders on failure. */
    private static void writeIntoNewFolders(List<SafeFiles.Batch> batches, List<Path> regionFolders) {
        List<Path> created = new ArrayList<>();
        try {
            for (Path folder : regionFolders) {
                if (!Files.exists(folder)) {
                    Files.createDirectory(folder);
                    created.add(folder);
                }
            }
            SafeFiles.writeAll(batches);
        } catch (IOException | RuntimeException e) {
            created.forEach(MultiRegionWrap::deleteIfEmpty);
            if (e instanceof ByokException user) {
                throw user;
            }
            throw new ByokException("Could not create a Region folder in " + regionFolders.get(0).getParent() + " ("
                    + e.getMessage() + "). Nothing was written; check free space and permissions, then try again.", e);
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmptyOrGone) {
            // keep a folder that holds something else
        }
    }
}
