package com.netcore.byok.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.KeyShares;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.ShareScheme;
import com.netcore.byok.core.ShareTexts;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share images and files as hostile input: no cache file on disk, bombs and devices refused at once. */
public class ShareImageInputTest {

    @Test
    void readingAQrImageWritesNoCacheFileWhereImageIoWouldPutIt(@TempDir Path cache) throws Exception {
        KeyShare share = share();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(QrCodes.image(ShareTexts.qrPayload(share), 4), "png", png);
        QrCodes.isImage(new byte[0]); // QrCodes' class set-up has run; now turn ImageIO's disk cache back on
        ImageIO.setCacheDirectory(cache.toFile()); // where ImageIO caches streams, java.io.tmpdir by default
        ImageIO.setUseCache(true);
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            cache.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            assertThat(QrCodes.read(png.toByteArray(), "scan.png")).isEqualTo(ShareTexts.qrPayload(share));
            WatchKey created = watcher.poll(200, TimeUnit.MILLISECONDS);
            assertThat(created == null ? List.of() : created.pollEvents()).isEmpty();
        } finally {
            ImageIO.setUseCache(false);
            ImageIO.setCacheDirectory(null);
        }
    }

    @Test
    void anImageDeclaringHugeSizeIsRefusedFromItsHeaderAtOnce(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, pngDeclaring(23_000, 23_000));
        assertThat(Files.size(bomb)).isLessThan(64 * 1024);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        assertThatThrownBy(() -> ShareFiles.read(bomb)).isInstanceOf(ByokException.class)
                .hasMessage("Share file " + bomb + " is 23000 x 23000 pixels, too large to search for a QR code. "
                        + "Scan the sheet at 300 dpi or less, or crop the image to the code.");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).as("bytes allocated")
                .isLessThan(64L * 1024 * 1024); // the image itself would be 529 MB
    }

    @Test
    void aDeviceIsRefusedBeforeReading() {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device));
        long start = System.nanoTime();
        assertThatThrownBy(() -> ShareFiles.read(device)).isInstanceOf(ByokException.class)
                .hasMessageStartingWith("Share file /dev/zero is not a regular file");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void theSheetsContentStreamHoldsNoRunOfShareDigits() throws Exception {
        KeyShare share = share();
        String text = ShareTexts.text(share);
        try (PDDocument document = Loader.loadPDF(ShareSheet.pdf(share))) {
            String content = new String(document.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(content).contains("(C) Tj", "(/) Tj"); // the share's lines are on the page, char by char
            for (String line : text.lines().filter(l -> l.startsWith("Data ")).toList()) {
                String groups = line.substring(line.indexOf(':') + 2, line.indexOf(" /"));
                assertThat(content).doesNotContain(groups.substring(0, 9), groups.replace(" ", ""));
            }
        }
    }

    private static KeyShare share() {
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(ShareSheetTest.KEY)) {
            return KeyShares.split(key, new ShareScheme(2, 3), List.of(), LocalDate.of(2026, 3, 14),
                    new SecureRandom()).get(1);
        }
    }

    /** A PNG whose header declares {@code width x height} grey pixels, with one tiny compressed row. */
    public static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0});
        chunk(data, "IHDR", header.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[width + 1]);
        deflater.finish();
        byte[] compressed = new byte[width + 64];
        int length = deflater.deflate(compressed);
        chunk(data, "IDAT", Arrays.copyOf(compressed, length));
        chunk(data, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }
}
