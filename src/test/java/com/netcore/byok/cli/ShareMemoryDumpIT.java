package com.netcore.byok.cli;

import static com.netcore.byok.testing.CeremonyDump.assertNoCopies;
import static com.netcore.byok.testing.CeremonyDump.assertOnlyResidue;
import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.paper.ShareFiles;
import com.netcore.byok.testing.CeremonyDump;
import com.netcore.byok.testing.MemoryDump;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.SecretForms;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: right after a split or a restore from shares returns, a core dump of the process holds no copy of
 * the key or of any share (data bytes, halves, hex, base64, or a typed data line) beyond the residue the
 * README lists under "What cannot be wiped", each allowance named and counted here.
 */
public class ShareMemoryDumpIT {
    static final byte[] KEY = KeyMemoryDumpIT.KEY;
    static final int COUNT = 3;

    /** ZXing's encoder takes the QR payload only as a String: one per share, left to the garbage collector. */
    public static final List<CeremonyDump.Residue> QR_ENCODER = hexUpper(1, "ZXing's QR encoder takes the payload as a String");
    /** ZXing's decoder builds the payload in a StringBuilder and returns it as a String: up to two per scanned share. */
    static final List<CeremonyDump.Residue> QR_DECODER = hexUpper(2, "ZXing's QR decoder returns the payload as a String");
    @TempDir
    Path dir;

    @Test
    void splitIntoShareFilesAndSheetsLeavesNoCopy() throws Exception {
        split(MemoryDump.SERIAL_GC, "wrap --split 2-of-3");
    }

    /** The collector the installed application gets: no copies either. */
    @Test
    void splitUnderG1LeavesNoCopy() throws Exception {
        split(MemoryDump.G1_GC, "wrap --split 2-of-3 (G1)");
    }

    private void split(List<String> jvmOptions, String path) throws Exception {
        Path params = params();
        Path keyFile = Files.writeString(dir.resolve("key.hex"), HexFormat.of().formatHex(KEY));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path shares = Files.createDirectory(dir.resolve("shares"));
        var counts = CeremonyDump.run(jvmOptions, dir, path, () -> secrets(shares, out), "wrap", "--params",
                params.toString(), "--key-file", keyFile.toString(), "--out", out.toString(), "--split", "2-of-3",
                "--shares-out", shares.toString(), "--custodian", "Alice", "--custodian", "Bob", "--custodian", "Chloe");
        assertThat(shares.resolve(ShareFiles.sheetName(3, COUNT))).isRegularFile();
        assertOnlyResidue(path, counts, QR_ENCODER);
    }

    @Test
    void restoreFromShareFilesLeavesNoCopy() throws Exception {
        Path shares = split();
        Path out = Files.createDirectory(dir.resolve("restored"));
        assertNoCopies("wrap --share-file (text)", CeremonyDump.run(dir, "wrap --share-file (text)",
                () -> secrets(shares, out), "wrap", "--params", params().toString(), "--out", out.toString(),
                "--share-file", shares.resolve(ShareFiles.textName(1, COUNT)).toString(),
                "--share-file", shares.resolve(ShareFiles.textName(3, COUNT)).toString()));
    }

    @Test
    void restoreFromScannedQrImagesLeavesNoCopy() throws Exception {
        Path shares = split();
        Path first = scan(shares.resolve(ShareFiles.sheetName(2, COUNT)), dir.resolve("scan-2.png"));
        Path second = scan(shares.resolve(ShareFiles.sheetName(3, COUNT)), dir.resolve("scan-3.png"));
        Path out = Files.createDirectory(dir.resolve("restored"));
        assertOnlyResidue("wrap --share-file (QR images)", CeremonyDump.run(dir, "wrap --share-file (QR images)",
                () -> secrets(shares, out), "wrap", "--params", params().toString(), "--out", out.toString(),
                "--share-file", first.toString(), "--share-file", second.toString()), QR_DECODER);
    }

    private static List<CeremonyDump.Residue> hexUpper(int atMost, String reason) {
        return List.of(new CeremonyDump.Residue("share ", "hex upper", atMost, reason),
                new CeremonyDump.Residue("share ", "hex upper half 1", atMost, reason),
                new CeremonyDump.Residue("share ", "hex upper half 2", atMost, reason));
    }

    private Path params() throws Exception {
        Path folder = dir.resolve("params");
        return Files.isDirectory(folder) ? folder
                : Params.folder(folder, KeyMemoryDumpIT.PAIR, WrappingAlgorithm.RSAES_OAEP_SHA_256, Duration.ofHours(5));
    }

    /** Splits the key in this test JVM (its memory is not searched) for the restore paths. */
    private Path split() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("key.hex"), HexFormat.of().formatHex(KEY));
        Path shares = Files.createDirectory(dir.resolve("shares"));
        Cli.Result result = Cli.run("wrap", "--params", params().toString(), "--key-file", keyFile.toString(),
                "--out", Files.createDirectory(dir.resolve("first-out")).toString(), "--split", "2-of-3",
                "--shares-out", shares.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return shares;
    }

    /** The sheet as a scanner would give it: the PDF page rendered at 150 dpi, saved as PNG. */
    private static Path scan(Path sheet, Path png) throws Exception {
        try (PDDocument document = Loader.loadPDF(sheet.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            ImageIO.write(page, "png", png.toFile());
        }
        return png;
    }

    /** The key and every share of the split in {@code shares}: data bytes and their forms, and each typed line. */
    /** The key, every share, and the RSA input of the wrap written into {@code out}. */
    private static List<SecretForms> secrets(Path shares, Path out) {
        List<SecretForms> secrets = new ArrayList<>(secrets(shares));
        secrets.add(KeyMemoryDumpIT.rsaInput(out.resolve("CustomerEncryptionKey.bin")));
        return secrets;
    }

    public static List<SecretForms> secrets(Path shares) {
        List<SecretForms> secrets = new ArrayList<>(List.of(SecretForms.of("key", KEY)));
        for (int number = 1; number <= COUNT; number++) {
            try {
                List<String> lines = Files.readAllLines(shares.resolve(ShareFiles.textName(number, COUNT)));
                secrets.add(shareForms("share " + number, lines));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return secrets;
    }

    /** Reads the data lines ("Data 1: 8E1C 04A7 D2F0 5B39 / 6C1E") of a share file written by the split. */
    static SecretForms shareForms(String name, List<String> fileLines) {
        List<String> groups = new ArrayList<>();
        StringBuilder hex = new StringBuilder();
        for (String line : fileLines) {
            if (line.startsWith("Data ")) {
                String digits = line.substring(line.indexOf(':') + 1, line.indexOf('/')).trim();
                groups.add(digits);
                hex.append(digits.replace(" ", ""));
            }
        }
        assertThat(groups).as("data lines of " + name).hasSize(4);
        SecretForms forms = SecretForms.of(name, HexFormat.of().parseHex(hex));
        for (int i = 0; i < groups.size(); i++) {
            forms.text("typed line " + (i + 1), groups.get(i));
        }
        return forms;
    }
}
