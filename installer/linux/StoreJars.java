import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites jars in place with every entry STORED (not deflated): same entries, same order, same bytes, same
 * times. The .deb's xz then compresses the class files themselves, which it does far better than it can
 * compress deflated data (the application jars cost about 19 MB of the .deb deflated, about 8.5 MB stored).
 * Signed jars stay valid: a jar signature covers the entries' uncompressed bytes and the manifest, and
 * neither changes. Used by installer/linux/build.sh: {@code java installer/linux/StoreJars.java JAR...}
 */
public final class StoreJars {
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path jar = Path.of(arg);
            Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
            try (ZipFile in = new ZipFile(jar.toFile());
                    OutputStream file = Files.newOutputStream(stored);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                out.setMethod(ZipOutputStream.STORED);
                if (in.getComment() != null) {
                    out.setComment(in.getComment());
                }
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    byte[] bytes;
                    try (InputStream data = in.getInputStream(entry)) {
                        bytes = data.readAllBytes();
                    }
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setMethod(ZipEntry.STORED);
                    copy.setTime(entry.getTime());
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                    if (entry.getComment() != null) {
                        copy.setComment(entry.getComment());
                    }
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
