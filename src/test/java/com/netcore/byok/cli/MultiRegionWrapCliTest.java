package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.RegionParams;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One key wrapped for three Regions' parameters of one multi-Region key, through the real command line. */
class MultiRegionWrapCliTest {
    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "ap-southeast-2");
    static final List<KeyPair> PAIRS = List.of(TestKeys.rsa(2048), TestKeys.rsa(3072), TestKeys.rsa(4096));
    static final String KEY_HEX = BadInputCorpusTest.KEY_HEX;

    @TempDir
    Path dir;
    Path out;
    final List<Path> folders = new ArrayList<>();

    @BeforeEach
    void threeRegions() throws Exception {
        for (int i = 0; i < REGIONS.size(); i++) {
            folders.add(RegionParams.folder(dir.resolve("params-" + REGIONS.get(i)), PAIRS.get(i), REGIONS.get(i),
                    RegionParams.MRK, Duration.ofHours(20)));
        }
        Files.writeString(dir.resolve("key.hex"), KEY_HEX);
        out = Files.createDirectory(dir.resolve("out"));
    }

    private List<String> wrapArgs(String... more) {
        List<String> args = new ArrayList<>(List.of("wrap"));
        folders.forEach(f -> args.addAll(List.of("--params", f.toString())));
        args.addAll(List.of("--key-file", dir.resolve("key.hex").toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static String kcvOf(String receipt) {
        Matcher m = Pattern.compile("KCV \\(AES-CMAC\\): ([0-9A-F]{6})\n").matcher(receipt);
        assertThat(m.find()).as(receipt).isTrue();
        return m.group(1);
    }

    @Test
    void oneKeyIsWrappedIntoOneFolderPerRegion() throws Exception {
        Cli.Result result = Cli.run(wrapArgs().toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(FolderState.names(out)).containsExactly("ap-southeast-2", "eu-west-1", "us-east-1");
        List<String> kcvs = new ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            Path region = out.resolve(REGIONS.get(i));
            assertThat(FolderState.names(region)).containsExactly("CustomerEncryptionKey-receipt.txt",
                    "CustomerEncryptionKey.bin", "CustomerEncryptionKey.bin.sha256");
            int modulusBytes = List.of(256, 384, 512).get(i);
            byte[] key = TestKeys.unwrap("RSAES_OAEP_SHA_256", PAIRS.get(i).getPrivate(), modulusBytes,
                    Files.readAllBytes(region.resolve("CustomerEncryptionKey.bin")));
            assertThat(key).as("unwrapped with %s's own private key", REGIONS.get(i))
                    .isEqualTo(HexFormat.of().parseHex(KEY_HEX));
            String receipt = Files.readString(region.resolve("CustomerEncryptionKey-receipt.txt"));
            List<String> others = new ArrayList<>(REGIONS);
            others.remove(REGIONS.get(i));
            assertThat(receipt).contains("Key ARN: " + RegionParams.arn(REGIONS.get(i), RegionParams.MRK) + "\n",
                    "Other Regions: " + String.join(", ", others) + "\n",
                    "Wrapping key SHA-256: " + Params.sha256(PAIRS.get(i).getPublic().getEncoded()) + "\n");
            kcvs.add(kcvOf(receipt));
            assertThat(Cli.run("verify", region.toString()).exitCode()).isZero();
        }
        assertThat(kcvs).hasSize(3).containsOnly(kcvs.get(0));
        assertThat(result.out()).contains("One key for 3 Regions of " + RegionParams.MRK
                + ": eu-west-1, us-east-1, ap-southeast-2.", "KCV (AES-CMAC): " + kcvs.get(0),
                out.resolve("us-east-1").resolve("CustomerEncryptionKey.bin").toString());
    }

    @Test
    void splitGivesOneSetOfSharesForTheOneKey() throws Exception {
        Path shares = Files.createDirectory(dir.resolve("shares"));
        List<String> args = new ArrayList<>(wrapArgs("--split", "2-of-3", "--shares-out", shares.toString()));
        args.set(args.indexOf("--key-file"), "--generate");
        args.remove(dir.resolve("key.hex").toString());

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(FolderState.names(shares)).containsExactly("share-1-of-3.pdf", "share-1-of-3.txt",
                "share-2-of-3.pdf", "share-2-of-3.txt", "share-3-of-3.pdf", "share-3-of-3.txt");
        String kcv = kcvOf(Files.readString(out.resolve("eu-west-1").resolve("CustomerEncryptionKey-receipt.txt")));
        for (String region : REGIONS) {
            assertThat(Files.readString(out.resolve(region).resolve("CustomerEncryptionKey-receipt.txt")))
                    .contains("KCV (AES-CMAC): " + kcv + "\n", "Key shares: split into 2-of-3");
        }
        List<String> restore = new ArrayList<>(List.of("wrap", "--params", folders.get(1).toString(),
                "--out", Files.createDirectory(dir.resolve("again")).toString()));
        restore.addAll(List.of("--share-file", shares.resolve("share-1-of-3.txt").toString(),
                "--share-file", shares.resolve("share-3-of-3.txt").toString()));
        Cli.Result again = Cli.run(restore.toArray(String[]::new));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("KCV (AES-CMAC): " + kcv);
    }

    @Test
    void aFailedForcedWrapPutsBackEveryRegionsEarlierFiles() throws Exception {
        assertThat(Cli.run(wrapArgs().toArray(String[]::new)).exitCode()).isZero();
        byte[] earlierEu = Files.readAllBytes(out.resolve("eu-west-1").resolve("CustomerEncryptionKey.bin"));
        String earlierUsReceipt = Files.readString(out.resolve("us-east-1").resolve("CustomerEncryptionKey-receipt.txt"));
        // the last Region's wrapped file cannot be replaced: a folder stands in its place
        Path blocker = out.resolve("ap-southeast-2").resolve("CustomerEncryptionKey.bin");
        Files.delete(blocker);
        Files.createDirectories(blocker.resolve("inside"));

        Cli.Result result = Cli.run(wrapArgs("--force").toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains("Could not write to output folder " + blocker.getParent()
                + ": CustomerEncryptionKey.bin is a folder. Nothing was written").doesNotContain("Exception");
        assertThat(Files.readAllBytes(out.resolve("eu-west-1").resolve("CustomerEncryptionKey.bin"))).isEqualTo(earlierEu);
        assertThat(Files.readString(out.resolve("us-east-1").resolve("CustomerEncryptionKey-receipt.txt")))
                .isEqualTo(earlierUsReceipt);
        for (String region : List.of("eu-west-1", "us-east-1")) {
            assertThat(FolderState.names(out.resolve(region))).containsExactly("CustomerEncryptionKey-receipt.txt",
                    "CustomerEncryptionKey.bin", "CustomerEncryptionKey.bin.sha256");
        }
    }

    @Test
    void anExpiredRegionStopsAForcedWrapBeforeAnythingIsReplaced() throws Exception {
        assertThat(Cli.run(wrapArgs().toArray(String[]::new)).exitCode()).isZero();
        byte[] earlier = Files.readAllBytes(out.resolve("eu-west-1").resolve("CustomerEncryptionKey.bin"));
        RegionParams.folder(folders.get(2), PAIRS.get(2), "ap-southeast-2", RegionParams.MRK, Duration.ofHours(-1));

        Cli.Result result = Cli.run(wrapArgs("--force").toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Parameters folder " + folders.get(2) + " (ap-southeast-2): These import "
                + "parameters expired").contains("Nothing was written for any Region.");
        assertThat(Files.readAllBytes(out.resolve("eu-west-1").resolve("CustomerEncryptionKey.bin"))).isEqualTo(earlier);
    }

    @Test
    void aRegionFolderThatCannotTakeTheFilesIsRefusedBeforeAnyWrite() throws Exception {
        Files.writeString(out.resolve("us-east-1"), "not a folder");
        Cli.Result fileInTheWay = Cli.run(wrapArgs().toArray(String[]::new));
        assertThat(fileInTheWay.exitCode()).isEqualTo(1);
        assertThat(fileInTheWay.err()).contains("Output folder " + out.resolve("us-east-1") + " is a file, not a folder.");
        assertThat(FolderState.names(out)).containsExactly("us-east-1");

        Files.delete(out.resolve("us-east-1"));
        Files.writeString(Files.createDirectory(out.resolve("ap-southeast-2")).resolve("CustomerEncryptionKey.bin"), "old");
        Cli.Result earlierWrap = Cli.run(wrapArgs().toArray(String[]::new));
        assertThat(earlierWrap.exitCode()).isEqualTo(1);
        assertThat(earlierWrap.err()).contains("Output folder " + out.resolve("ap-southeast-2")
                + " already holds CustomerEncryptionKey.bin.", "--force");
        assertThat(FolderState.names(out)).containsExactly("ap-southeast-2");
        assertThat(FolderState.names(out.resolve("ap-southeast-2"))).containsExactly("CustomerEncryptionKey.bin");
    }

    @Test
    void inspectShowsEachRegionsFingerprintAndTimeLeft() throws Exception {
        List<String> args = new ArrayList<>(List.of("inspect"));
        folders.forEach(f -> args.add(f.toString()));

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        for (int i = 0; i < REGIONS.size(); i++) {
            assertThat(result.out()).contains("Region " + REGIONS.get(i) + " (" + folders.get(i) + "):");
        }
        assertThat(result.out()).contains("All 3 folders are for one multi-Region key: eu-west-1, us-east-1, "
                + "ap-southeast-2.").contains(" left)");
        assertThat(result.out().split("SHA-256 fingerprint: ", -1)).hasSize(4);

        RegionParams.folder(folders.get(1), PAIRS.get(1), "us-east-1", RegionParams.OTHER_MRK, Duration.ofHours(20));
        Cli.Result mixed = Cli.run(args.toArray(String[]::new));
        assertThat(mixed.exitCode()).isEqualTo(1);
        assertThat(mixed.err()).contains("Parameters folders " + folders.get(0) + " and " + folders.get(1)
                + " are for different keys");
    }
}
