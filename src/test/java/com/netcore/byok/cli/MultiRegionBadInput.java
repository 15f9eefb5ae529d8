package com.netcore.byok.cli;

import com.netcore.byok.cli.BadInputCorpusTest.Args;
import com.netcore.byok.cli.BadInputCorpusTest.Case;
import com.netcore.byok.testing.RegionParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus's multi-Region cases: several {@code --params} folders that do not make one ceremony. Folders r1..r3
 * are made by each case's setup; {@code params/} (a single-Region key) is the corpus's own.
 */
final class MultiRegionBadInput {
    private MultiRegionBadInput() {
    }

    static Path region(BadInputCorpusTest.Ceremony c, String name, String region, String keyId, Duration validFor)
            throws Exception {
        return RegionParams.folder(c.file(name), BadInputCorpusTest.PAIR, region, keyId, validFor);
    }

    static void threeRegions(BadInputCorpusTest.Ceremony c) throws Exception {
        region(c, "r1", "eu-west-1", RegionParams.MRK, Duration.ofHours(20));
        region(c, "r2", "us-east-1", RegionParams.MRK, Duration.ofHours(20));
        region(c, "r3", "ap-southeast-2", RegionParams.MRK, Duration.ofHours(20));
    }

    /** wrap --params for each named folder, the key file, and any further arguments. */
    static Args wrapFolders(List<String> folders, String... more) {
        return c -> {
            List<String> args = new ArrayList<>(List.of("wrap"));
            folders.forEach(f -> args.addAll(List.of("--params", c.p(f))));
            args.addAll(List.of("--key-file", c.p("key.hex"), "--out", c.out().toString()));
            args.addAll(List.of(more));
            return args.toArray(String[]::new);
        };
    }

    static Case multi(String name, BadInputCorpusTest.Setup setup, List<String> folders, String message) {
        return new Case("Regions: " + name, c -> {
            threeRegions(c);
            setup.apply(c);
        }, wrapFolders(folders), 1, message);
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("Regions: a folder without README names no key ARN", c -> {
                    threeRegions(c);
                    Files.delete(c.file("r2").resolve("README.txt"));
                }, wrapFolders(List.of("r1", "r2"), "--algorithm", "RSAES_OAEP_SHA_256"), 1, "Parameters folder %ROOT%/r2 names no key ARN in its README.txt. A "
                                + "ceremony for several Regions needs each folder's README.txt to name its key"),
                multi("a single-Region key among them", c -> { }, List.of("r1", "params"),
                        "Parameters folder %ROOT%/params is for key arn:aws:kms:eu-west-1:111122223333:key/"
                                + "1234abcd-12ab-34cd-56ef-1234567890ab, which is not a multi-Region key"),
                multi("two different multi-Region keys",
                        c -> region(c, "r3", "ap-southeast-2", RegionParams.OTHER_MRK, Duration.ofHours(20)),
                        List.of("r1", "r2", "r3"), "Parameters folders %ROOT%/r1 and %ROOT%/r3 are for different keys ("
                                + RegionParams.arn("eu-west-1", RegionParams.MRK) + " and "
                                + RegionParams.arn("ap-southeast-2", RegionParams.OTHER_MRK) + ")."),
                multi("the same Region twice",
                        c -> region(c, "r3", "eu-west-1", RegionParams.MRK, Duration.ofHours(20)),
                        List.of("r1", "r2", "r3"), "Parameters folders %ROOT%/r1 and %ROOT%/r3 are both for Region "
                                + "eu-west-1. Give one folder per Region"),
                multi("one Region's parameters expired",
                        c -> region(c, "r2", "us-east-1", RegionParams.MRK, Duration.ofHours(-2)),
                        List.of("r1", "r2", "r3"), "Parameters folder %ROOT%/r2 (us-east-1): These import parameters "
                                + "expired at"));
    }
}
