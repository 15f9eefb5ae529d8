package com.netcore.byok.paper;

import com.netcore.byok.core.KeyCheckValue;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.ShareWriter;
import com.netcore.byok.core.Version;
import com.netcore.byok.core.WrittenShare;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One A4 page per share for its custodian: what the share is, the custodian's name, date and the key's KCV,
 * the share text to type back, its QR code, where to sign, and how to keep it. Only PDF Standard 14 fonts
 * (Helvetica, Courier), so no font file is embedded. Like the share file, the page alone reveals nothing about
 * the key.
 */
public final class ShareSheet {
    static final float MARGIN = 56;
    static final float QR_SIZE = 156;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final PDType1Font monoBold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
    private PDPageContentStream out;

    private ShareSheet() {
    }

    /** The sheet as PDF bytes; they hold the share, so the caller wipes them once written. */
    public static byte[] pdf(KeyShare share) {
        try (WrittenShare written = ShareWriter.write(share)) {
            return pdf(share, written);
        }
    }

    /** As above, from the share's text and QR payload already written (and wiped by the caller). */
    public static byte[] pdf(KeyShare share, WrittenShare written) {
        OfflineFonts.install();
        try (PDDocument document = new PDDocument(); WipedBuffer buffer = new WipedBuffer()) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Key share " + share.number() + " of " + share.scheme().count() + ", key KCV " + share.kcv());
            info.setCreator(Version.full());
            ShareSheet sheet = new ShareSheet();
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                sheet.out = stream;
                sheet.draw(share, written);
            }
            document.save(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out the share sheet", e);
        }
    }

    private void draw(KeyShare share, WrittenShare written) throws IOException {
        float left = MARGIN;
        float right = PAGE.getWidth() - MARGIN;
        float y = PAGE.getHeight() - MARGIN;
        int k = share.scheme().threshold();
        int n = share.scheme().count();

        text(bold, 9, left, y - 4, Version.NAME.toUpperCase(java.util.Locale.ROOT) + "  \u00B7  AWS KMS KEY CEREMONY");
        text(bold, 22, left, y - 32, "Key share " + share.number() + " of " + n);
        float column = right - QR_SIZE - 18 - left;
        y = paragraph(regular, 11, left, y - 54, column, "Any " + k + " of the " + n + " shares restore the key; fewer "
                + "reveal nothing about it. Keep this sheet apart from the other shares.", 14);

        qr(written.qrPayload(), right - QR_SIZE, PAGE.getHeight() - MARGIN - QR_SIZE);
        text(regular, 8, right - QR_SIZE + 12, PAGE.getHeight() - MARGIN - QR_SIZE - 10,
                "QR code of this share, for the restore");

        y -= 14;
        y = fact(left, y, "Custodian", share.custodian().isEmpty() ? null : share.custodian());
        y = fact(left, y, "Date", share.created().map(Object::toString).orElse(null));
        y = fact(left, y, "Key " + KeyCheckValue.LABEL, share.kcv() + "   (as on the wrap receipt)");
        y = fact(left, y, "Share", share.number() + " of " + n + ", " + k + " needed to restore the key");

        y = Math.min(y, PAGE.getHeight() - MARGIN - QR_SIZE - 22) - 16;
        text(bold, 11, left, y, "The share, to type back exactly if the QR code cannot be read");
        CharSequence text = written.text();
        List<int[]> lines = shownLines(text);
        float lineHeight = 15;
        float boxTop = y - 8;
        float boxHeight = lines.size() * lineHeight + 14;
        out.setLineWidth(0.8f);
        out.addRect(left, boxTop - boxHeight, right - left, boxHeight);
        out.stroke();
        float ty = boxTop - 18;
        for (int[] line : lines) {
            boolean data = startsWith(text, line[0], "Data ") || startsWith(text, line[0], "Checksum");
            charByChar(data ? monoBold : mono, 11.5f, left + 12, ty, text, line[0], line[1]);
            ty -= lineHeight;
        }
        y = boxTop - boxHeight - 22;

        text(bold, 11, left, y, "Keeping and restoring it");
        y -= 16;
        for (String item : List.of(
                "Store this sheet sealed in a numbered, tamper-evident envelope, in a safe only you control, apart "
                        + "from the other " + (n - 1) + " shares. Never copy, photograph or scan it except to restore.",
                "The key is needed again to re-import it into AWS KMS after its material expires or is deleted, or "
                        + "into another Region. Then " + k + " custodians bring their sheets to a key ceremony.",
                "There the security officer scans the QR code or types the share above into the BYOK Wizard; each "
                        + "data line ends with a check group, so a typo shows at once. The restored key's KCV must "
                        + "read " + share.kcv() + ".",
                "Report a lost, opened or damaged envelope to the security officer at once.")) {
            text(regular, 10, left, y, "\u2022");
            y = paragraph(regular, 10, left + 12, y, right - left - 12, item, 13) - 5;
        }

        y = Math.max(y - 30, MARGIN + 96);
        signature(left, y, 280, "Custodian's signature");
        signature(left + 310, y, right - left - 310, "Date received");
        y -= 52;
        signature(left, y, 280, "Witness (security officer): name and signature");
        signature(left + 310, y, right - left - 310, "Date");

        text(regular, 7.5f, left, MARGIN - 24, Version.full() + "  \u00B7  share format " + KeyShare.FORMAT
                + "  \u00B7  Shamir secret sharing over GF(2^8), " + k + "-of-" + n
                + "  \u00B7  this sheet alone reveals nothing about the key");
    }

    /** The [start, end) of each line of the share text that the sheet shows: all but the '#' comments. */
    private static List<int[]> shownLines(CharSequence text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start && text.charAt(start) != '#') {
                    lines.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean startsWith(CharSequence text, int start, String prefix) {
        return text.length() - start >= prefix.length()
                && prefix.contentEquals(text.subSequence(start, start + prefix.length()));
    }

    /**
     * Shows the characters one string each, so that neither a String nor the page's content stream ever holds
     * a run of share digits: PDFBox takes only Strings, which cannot be wiped.
     */
    private void charByChar(PDType1Font font, float size, float x, float y, CharSequence text, int start, int end)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        for (int i = start; i < end; i++) {
            out.showText(String.valueOf(text.charAt(i)));
        }
        out.endText();
    }

    private float fact(float x, float y, String label, String value) throws IOException {
        text(bold, 9.5f, x, y, label);
        if (value == null) {
            out.setLineWidth(0.6f);
            out.moveTo(x + 128, y - 2);
            out.lineTo(x + 320, y - 2);
            out.stroke();
        } else {
            float room = PAGE.getWidth() - MARGIN - QR_SIZE - 12 - (x + 128);
            float size = 11.5f;
            while (size > 7 && regular.getStringWidth(value) / 1000 * size > room) {
                size -= 0.5f;
            }
            text(regular, size, x + 128, y, value);
        }
        return y - 21;
    }

    private void signature(float x, float y, float width, String caption) throws IOException {
        out.setLineWidth(0.6f);
        out.moveTo(x, y);
        out.lineTo(x + width, y);
        out.stroke();
        text(regular, 8.5f, x, y - 11, caption);
    }

    /** The code as filled squares, one run of dark modules per rectangle, inside its white quiet zone. */
    private void qr(CharSequence payload, float x, float y) throws IOException {
        boolean[][] dark = QrCodes.modules(payload);
        float module = QR_SIZE / (dark.length + 2 * QrCodes.QUIET_ZONE);
        float origin = x + QrCodes.QUIET_ZONE * module;
        float top = y + QR_SIZE - QrCodes.QUIET_ZONE * module;
        for (int row = 0; row < dark.length; row++) {
            int col = 0;
            while (col < dark.length) {
                if (!dark[row][col]) {
                    col++;
                    continue;
                }
                int run = col;
                while (run < dark.length && dark[row][run]) {
                    run++;
                }
                out.addRect(origin + col * module, top - (row + 1) * module, (run - col) * module, module);
                col = run;
            }
            Arrays.fill(dark[row], false);
        }
        out.fill();
    }

    private void text(PDType1Font font, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** Writes {@code text} wrapped to {@code width}; returns the baseline below the last line. */
    private float paragraph(PDType1Font font, float size, float x, float y, float width, String text, float leading)
            throws IOException {
        for (String line : wrap(font, size, width, text)) {
            text(font, size, x, y, line);
            y -= leading;
        }
        return y;
    }

    static List<String> wrap(PDType1Font font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The PDF's bytes pass through here; its internal buffer is wiped on close. */
    private static final class WipedBuffer extends ByteArrayOutputStream {
        WipedBuffer() {
            super(16 * 1024);
        }

        @Override
        public void close() {
            Arrays.fill(buf, (byte) 0);
        }
    }
}
