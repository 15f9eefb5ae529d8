package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.SignerCertificate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The operator's record of imports: one line per import, only ever appended. The default file is
 * {@code ~/.byok-wizard/kms-imports.log}. A line reads, for example:
 * <pre>2026-11-28T17:43:00Z import key=arn:aws:kms:... key-material-id=60a5... type=EXISTING_KEY_MATERIAL
 * receipt-sha256=... wrapped-sha256=... kcv=1A2B3C expires=2027-11-28T00:00:00Z</pre>
 * With a checked receipt signature the line ends with {@code receipt-signer-sha256=... receipt-signer="CN=..."}.
 */
public final class ImportLog {
    private final Path file;

    public ImportLog(Path file) {
        this.file = file;
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".byok-wizard", "kms-imports.log");
    }

    public Path file() {
        return file;
    }

    /** One import; {@code expires} empty means the material never expires. */
    public record Entry(Instant time, String keyArn, String keyMaterialId, String importType, String receiptSha256,
                        String wrappedSha256, String kcv, Optional<Instant> expires,
                        Optional<SignerCertificate> receiptSigner) {
        public Entry(Instant time, String keyArn, String keyMaterialId, String importType, String receiptSha256,
                     String wrappedSha256, String kcv, Optional<Instant> expires) {
            this(time, keyArn, keyMaterialId, importType, receiptSha256, wrappedSha256, kcv, expires, Optional.empty());
        }

        public String line() {
            return time.truncatedTo(ChronoUnit.SECONDS) + " import key=" + keyArn + " key-material-id=" + keyMaterialId
                    + " type=" + importType + " receipt-sha256=" + receiptSha256 + " wrapped-sha256=" + wrappedSha256
                    + " kcv=" + kcv + " expires=" + expires.map(Instant::toString).orElse("never")
                    + receiptSigner.map(s -> " receipt-signer-sha256=" + s.fingerprint() + " receipt-signer=\""
                    + s.subject().replaceAll("[\\p{Cntrl}\"]", "?") + "\"").orElse("");
        }
    }

    /** Checked before an import, so that a successful import is never left unrecorded. */
    public void requireWritable() {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel ignored = open()) {
                // opened for appending: the import will be recorded
            }
        } catch (IOException e) {
            throw new ByokException("Import log " + file + " cannot be written (" + reason(e) + "). Choose another "
                    + "file with --log, or fix its permissions; nothing was imported.");
        }
    }

    /** Appends one line (in one write, flushed to disk) and returns it. */
    public String append(Entry entry) {
        String line = entry.line();
        if (line.contains("\n") || line.contains("\r")) {
            throw new IllegalArgumentException("a log record is one line");
        }
        try (FileChannel channel = open()) {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
            return line;
        } catch (IOException e) {
            throw new ByokException("The key material was imported, but the record could not be appended to " + file
                    + " (" + reason(e) + "). Add this line by hand: " + line);
        }
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
