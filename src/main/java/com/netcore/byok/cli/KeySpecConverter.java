package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.kms.WrappingKeySpec;
import picocli.CommandLine;

/** {@code --wrapping-key-spec}: RSA_4096, RSA_3072 or RSA_2048. */
final class KeySpecConverter implements CommandLine.ITypeConverter<WrappingKeySpec> {
    @Override
    public WrappingKeySpec convert(String value) {
        try {
            return WrappingKeySpec.parse(value);
        } catch (ByokException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
