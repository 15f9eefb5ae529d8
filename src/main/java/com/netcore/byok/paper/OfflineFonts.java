package com.netcore.byok.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The sheets use only PDF Standard 14 fonts, which every PDF reader and printer has, so nothing is embedded.
 * PDFBox would still look up a system font for each (scanning the machine's fonts, writing a font cache into
 * the home folder, warning when one is missing); this mapper answers every lookup with the Liberation Sans that
 * PDFBox ships, used only if PDFBox itself renders a page.
 */
final class OfflineFonts implements FontMapper {
    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static volatile boolean installed;

    private final TrueTypeFont font;

    private OfflineFonts(TrueTypeFont font) {
        this.font = font;
    }

    /** Makes PDFBox use this mapper; idempotent. */
    static void install() {
        if (installed) {
            return;
        }
        synchronized (OfflineFonts.class) {
            if (!installed) {
                FontMappers.set(new OfflineFonts(load()));
                installed = true;
            }
        }
    }

    private static TrueTypeFont load() {
        try (InputStream in = FontMapper.class.getResourceAsStream(LIBERATION_SANS)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing: " + LIBERATION_SANS);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read PDFBox's Liberation Sans", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
