package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.WrappingAlgorithm;
import picocli.CommandLine;

/** {@code --algorithm}: the AWS names, with the reason when one is refused (e.g. PKCS#1 v1.5). */
final class AlgorithmConverter implements CommandLine.ITypeConverter<WrappingAlgorithm> {
    @Override
    public WrappingAlgorithm convert(String value) {
        try {
            return WrappingAlgorithm.parse(value);
        } catch (ByokException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
