package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shares workflow through the real command line: split while wrapping, then restore from any K shares (text
 * files, or a scan of a printed sheet's QR code) and wrap again for new import parameters.
 */
class SharesCliTest {
    static final String KEY_HEX = BadInputCorpusTest.KEY_HEX;
    static final KeyPair FIRST = TestKeys.rsa(2048);
    static final KeyPair SECOND = TestKeys.rsa(3072);

    @TempDir
    static Path dir;
    static Path shares;
    static String kcv;

    /** The first ceremony: a key file wrapped and split 3-of-5 for five custodians. */
    @BeforeAll
    static void splitWhileWrapping() throws Exception {
        Path params = Params.folder(dir.resolve("params"), FIRST, WrappingAlgorithm.RSAES_OAEP_SHA_256, Duration.ofHours(20));
        Files.writeString(dir.resolve("key.hex"), KEY_HEX);
        Path out = Files.createDirectory(dir.resolve("out"));
        shares = Files.createDirectory(dir.resolve("shares"));

        Cli.Result result = Cli.run("wrap", "--params", params.toString(), "--key-file", dir.resolve("key.hex").toString(),
                "--out", out.toString(), "--split", "3-of-5", "--shares-out", shares.toString(), "--custodian", "Alice Martin",
                "--custodian", "Bob Ng", "--custodian", "Chloé Dubois", "--custodian", "Dev Patel", "--custodian", "Eva Berg");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Matcher m = Pattern.compile("KCV \\(AES-CMAC\\): ([0-9A-F]{6})").matcher(result.out());
        assertThat(m.find()).isTrue();
        kcv = m.group(1);
        assertThat(result.out()).contains("Split into 3-of-5 Shamir shares: any 3 of 5 shares restore the key",
                shares.resolve("share-3-of-5.txt") + " and share-3-of-5.pdf  for Chloé Dubois");
        assertThat(FolderState.names(shares)).containsExactly("share-1-of-5.pdf", "share-1-of-5.txt", "share-2-of-5.pdf",
                "share-2-of-5.txt", "share-3-of-5.pdf", "share-3-of-5.txt", "share-4-of-5.pdf", "share-4-of-5.txt",
                "share-5-of-5.pdf", "share-5-of-5.txt");
        assertThat(TestKeys.unwrap("RSAES_OAEP_SHA_256", FIRST.getPrivate(), 256,
                Files.readAllBytes(out.resolve("CustomerEncryptionKey.bin")))).isEqualTo(HexFormat.of().parseHex(KEY_HEX));
        assertThat(Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt")))
                .contains("KCV (AES-CMAC): " + kcv + "\n", "Key source: key file key.hex\n",
                        "Key shares: split into 3-of-5 Shamir shares for custodians (any 3 of 5 shares restore the key)\n");
        assertThat(Files.readString(shares.resolve("share-2-of-5.txt"))).contains("Key KCV (AES-CMAC): " + kcv + "\n",
                "Share number: 2\n", "Shares made: 5\n", "Shares needed: 3\n", "Custodian: Bob Ng\n");

        // custodian 5 brings a scan of the printed sheet, not the file
        try (PDDocument sheet = Loader.loadPDF(shares.resolve("share-5-of-5.pdf").toFile())) {
            BufferedImage scan = new PDFRenderer(sheet).renderImageWithDPI(0, 120, ImageType.GRAY);
            ImageIO.write(scan, "png", dir.resolve("sheet-5-scan.png").toFile());
        }
    }

    static String share(int number) {
        return number == 5 ? dir.resolve("sheet-5-scan.png").toString() : shares.resolve("share-" + number + "-of-5.txt").toString();
    }

    @Test
    void everyThreeOfTheFiveRestoreTheKeyForNewParameters() throws Exception {
        Path params = Params.folder(dir.resolve("new-params"), SECOND, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256,
                Duration.ofHours(20));
        int restores = 0;
        for (int a = 1; a <= 5; a++) {
            for (int b = a + 1; b <= 5; b++) {
                for (int c = b + 1; c <= 5; c++) {
                    Path out = Files.createDirectory(dir.resolve("restore-" + a + b + c));
                    Cli.Result result = Cli.run("wrap", "--params", params.toString(), "--share-file", share(c),
                            "--share-file", share(a), "--share-file", share(b), "--out", out.toString());

                    assertThat(result.exitCode()).as(result.err()).isZero();
                    assertThat(result.out()).contains("KCV (AES-CMAC): " + kcv + "\n",
                            "Key restored from shares (3 of 5, shares " + a + ", " + b + " and " + c + ") in memory only");
                    byte[] key = TestKeys.unwrap("RSA_AES_KEY_WRAP_SHA_256", SECOND.getPrivate(), 384,
                            Files.readAllBytes(out.resolve("CustomerEncryptionKey.bin")));
                    assertThat(key).as("shares %d, %d, %d", a, b, c).isEqualTo(HexFormat.of().parseHex(KEY_HEX));
                    assertThat(Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt")))
                            .contains("KCV (AES-CMAC): " + kcv + "\n",
                                    "Key source: restored from shares (3 of 5, shares " + a + ", " + b + " and " + c + ")\n")
                            .doesNotContain("Key shares:");
                    assertThat(FolderState.names(out)).containsExactly("CustomerEncryptionKey-receipt.txt",
                            "CustomerEncryptionKey.bin", "CustomerEncryptionKey.bin.sha256");
                    restores++;
                }
            }
        }
        assertThat(restores).isEqualTo(10);
    }

    @Test
    void twoOfThreeNeededSharesAreRefusedAndNothingIsWritten() throws Exception {
        Path params = Params.folder(dir.resolve("params-2"), SECOND, WrappingAlgorithm.RSAES_OAEP_SHA_256, Duration.ofHours(2));
        for (int a = 1; a <= 5; a++) {
            for (int b = a + 1; b <= 5; b++) {
                Path out = Files.createDirectory(dir.resolve("too-few-" + a + b));
                Cli.Result result = Cli.run("wrap", "--params", params.toString(), "--share-file", share(a),
                        "--share-file", share(b), "--out", out.toString());
                assertThat(result.exitCode()).isEqualTo(1);
                assertThat(result.err()).isEqualTo("error: This key needs 3 of its 5 shares; 2 were given (shares " + a
                        + " and " + b + "). Bring 1 more share from other custodians.\n");
                assertThat(FolderState.names(out)).isEmpty();
            }
        }
    }

    @Test
    void aOneCharacterTypoIsLocated() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(shares.resolve("share-4-of-5.txt")));
        int index = 0;
        while (!lines.get(index).startsWith("Data 3: ")) {
            index++;
        }
        String line = lines.get(index);
        int column = "Data 3: 1234 12".length(); // the 3rd digit of group 2
        char typo = line.charAt(column) == '7' ? '1' : '7';
        lines.set(index, line.substring(0, column) + typo + line.substring(column + 1));
        Path typed = dir.resolve("share-4-typed.txt");
        Files.write(typed, lines);

        Cli.Result check = Cli.run("shares", "check", typed.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).isEqualTo("error: Share file " + typed + ": line " + (index + 1) + " (data line 3), group 2 "
                + "looks mistyped (its last two digits): the line does not match its check group. Compare that group "
                + "with the sheet.\n");
    }

    @Test
    void sharesCheckIsACustodiansDrill() {
        Cli.Result one = Cli.run("shares", "check", share(2));
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).isEqualTo("OK: " + share(2) + ": share 2 of 5, 3 needed, custodian Bob Ng, key KCV " + kcv
                + "\nThe share is sound. Restoring the key needs 2 more shares of the 5.\n");

        Cli.Result three = Cli.run("shares", "check", share(5), share(4), share(1));
        assertThat(three.exitCode()).as(three.err()).isZero();
        assertThat(three.out()).contains("OK: " + share(5) + ": share 5 of 5, 3 needed, key KCV " + kcv + "\n")
                .endsWith("Key restored from shares (3 of 5, shares 1, 4 and 5): KCV (AES-CMAC) " + kcv
                        + ", as the shares say. Compare it with the wrap receipt. Nothing was written.\n");
        assertThat(three.out()).doesNotContainIgnoringCase(KEY_HEX.substring(0, 12));

        Cli.Result all = Cli.run("shares", "check", share(1), share(2), share(3), share(4), share(5));
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("Key restored from shares (3 of 5, shares 1, 2, 3, 4 and 5): KCV (AES-CMAC) " + kcv);
    }

    @Test
    void componentsCanBeSplitTooAndTheSharesNeverReplaceFiles() throws Exception {
        Path params = Params.folder(dir.resolve("params-3"), FIRST, WrappingAlgorithm.RSAES_OAEP_SHA_1, Duration.ofHours(2));
        Files.writeString(dir.resolve("c1.hex"), KEY_HEX);
        Files.writeString(dir.resolve("c2.hex"), BadInputCorpusTest.OTHER_HEX);
        Path out = Files.createDirectory(dir.resolve("components-out"));
        Path splitTo = Files.createDirectory(dir.resolve("components-shares"));
        String[] args = {"wrap", "--params", params.toString(), "--component-file", dir.resolve("c1.hex").toString(),
                "--component-file", dir.resolve("c2.hex").toString(), "--out", out.toString(), "--split", "2-of-2",
                "--shares-out", splitTo.toString(), "--allow-weak-key"}; // the test components XOR to f0..f0

        Cli.Result result = Cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(FolderState.names(splitTo)).hasSize(4);

        Path again = Files.createDirectory(dir.resolve("components-out-2"));
        args[8] = again.toString();
        Cli.Result refused = Cli.run(args);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds share-1-of-2.txt, share-1-of-2.pdf, share-2-of-2.txt, "
                + "share-2-of-2.pdf. Shares are never replaced: choose an empty folder.");
        assertThat(FolderState.names(again)).isEmpty();

        Cli.Result restored = Cli.run("shares", "check", splitTo.resolve("share-1-of-2.txt").toString(),
                splitTo.resolve("share-2-of-2.txt").toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        String expectedKcv = Pattern.compile("\\nKCV \\(AES-CMAC\\): ([0-9A-F]{6})").matcher(result.out()).results()
                .findFirst().orElseThrow().group(1);
        assertThat(restored.out()).contains("KCV (AES-CMAC) " + expectedKcv);
    }
}
