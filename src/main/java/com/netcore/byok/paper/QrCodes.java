package com.netcore.byok.paper;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.netcore.byok.core.ByokException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * QR codes of shares with ZXing: the modules to draw (the sheet draws them as vector squares), a raster
 * image, and reading a code back from an image file such as a scan or photo of the sheet.
 */
public final class QrCodes {
    /** Modules of white border around the code that scanners need. */
    public static final int QUIET_ZONE = 4;
    /** Level M: restores up to about 15% damage; the share's own checksum catches the rest. */
    static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
    static final int MAX_IMAGE_PIXELS = 40_000_000;
    static final int MAX_IMAGE_SIDE = 20_000;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    static {
        ImageIO.setUseCache(false); // ImageIO's disk cache would leave a scanned share in /tmp
    }

    private QrCodes() {
    }

    /**
     * The code's modules, {@code true} for dark, without the quiet zone: {@code [y][x]}. ZXing's encoder takes
     * only a String, so one String of the payload is made here and left to the garbage collector: the one copy
     * of a share on the way to a sheet that cannot be wiped.
     */
    public static boolean[][] modules(CharSequence payload) {
        ByteMatrix matrix;
        char[] chars = new char[payload.length()]; // not CharSequence.toString(): its own char[] stays behind
        try {
            for (int i = 0; i < chars.length; i++) {
                chars[i] = payload.charAt(i);
            }
            matrix = Encoder.encode(new String(chars), LEVEL, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload does not fit a QR code: " + e.getMessage(), e);
        } finally {
            Arrays.fill(chars, '\0');
        }
        boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark[y][x] = matrix.get(x, y) == 1;
            }
        }
        matrix.clear((byte) 0);
        return dark;
    }

    /** A black-on-white image of the code with its quiet zone, {@code pixelsPerModule} pixels per module. */
    public static BufferedImage image(CharSequence payload, int pixelsPerModule) {
        boolean[][] dark = modules(payload);
        int size = (dark.length + 2 * QUIET_ZONE) * pixelsPerModule;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int my = y / pixelsPerModule - QUIET_ZONE;
                int mx = x / pixelsPerModule - QUIET_ZONE;
                boolean on = my >= 0 && mx >= 0 && my < dark.length && mx < dark.length && dark[my][mx];
                image.setRGB(x, y, on ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    /** True for the image files this reads: PNG, JPEG, GIF and BMP, by their first bytes. */
    public static boolean isImage(ByteBuffer content) {
        byte[] start = new byte[Math.min(4, content.remaining())];
        content.get(content.position(), start);
        return isImage(start);
    }

    public static boolean isImage(byte[] content) {
        return startsWith(content, 0x89, 'P', 'N', 'G') || startsWith(content, 0xFF, 0xD8, 0xFF)
                || startsWith(content, 'G', 'I', 'F', '8') || startsWith(content, 'B', 'M');
    }

    /**
     * Reads the one QR code in an image file's bytes; {@code what} names the file in messages. Decodes from
     * memory (no ImageIO cache file) and refuses an image whose header declares more pixels than a scan has,
     * before any pixel is decoded.
     */
    public static String read(byte[] imageFile, String what) {
        BufferedImage image;
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(imageFile))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ByokException(what + " is not an image this tool can read. Save the scan as PNG or JPEG.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                checkSize(reader.getWidth(0), reader.getHeight(0), what);
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ByokException refused) {
                throw refused;
            }
            throw new ByokException(what + " is a damaged image (" + e.getMessage() + "). Scan the sheet again and "
                    + "save it as PNG or JPEG.");
        }
        return read(image, what);
    }

    private static void checkSize(int width, int height, String what) {
        if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || (long) width * height > MAX_IMAGE_PIXELS) {
            throw new ByokException(what + " is " + width + " x " + height + " pixels, too large to search for a QR "
                    + "code. Scan the sheet at 300 dpi or less, or crop the image to the code.");
        }
    }

    /**
     * Reads the one QR code in {@code image}. ZXing's first guess fails on about 1 in 100 clean scans of a sheet
     * (a module size between whole pixels misleads its estimate of the code's size), so it then tries the
     * page-wide threshold instead of the local one (made for uneven light), and every triple of finder patterns.
     */
    public static String read(BufferedImage image, String what) {
        checkSize(image.getWidth(), image.getHeight(), what);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        boolean damaged = false;
        try {
            LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            for (boolean everyTriple : new boolean[] {false, true}) {
                for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
                    try {
                        Result result = decode(new BinaryBitmap(binarizer), everyTriple);
                        if (result.getRawBytes() != null) {
                            Arrays.fill(result.getRawBytes(), (byte) 0);
                        }
                        return result.getText(); // ZXing's String (and its builder's buffer) cannot be wiped
                    } catch (ChecksumException | FormatException e) {
                        damaged = true;
                    } catch (NotFoundException e) {
                        // the next way may find it
                    }
                }
            }
        } finally {
            Arrays.fill(pixels, 0);
        }
        if (damaged) {
            throw new ByokException(what + " shows a QR code too damaged to read. Scan the sheet again, or type the "
                    + "share text instead.");
        }
        throw new ByokException(what + " shows no QR code that can be read. Scan the sheet again, flat, sharp and "
                + "whole, or type the share text instead.");
    }

    private static Result decode(BinaryBitmap bitmap, boolean everyTriple) throws NotFoundException,
            ChecksumException, FormatException {
        if (!everyTriple) {
            return new QRCodeReader().decode(bitmap, HINTS);
        }
        Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, HINTS); // empty when none decodes
        if (results.length == 0) {
            throw NotFoundException.getNotFoundInstance();
        }
        return results[0];
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
