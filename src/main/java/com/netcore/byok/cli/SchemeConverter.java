package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ShareScheme;
import picocli.CommandLine;

/** {@code --split K-of-N}, with the reason when K or N cannot work. */
final class SchemeConverter implements CommandLine.ITypeConverter<ShareScheme> {
    @Override
    public ShareScheme convert(String value) {
        try {
            return ShareScheme.parse(value);
        } catch (ByokException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
