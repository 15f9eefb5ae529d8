package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.util.Arrays;
import java.util.Locale;

/** The size of the RSA wrapping key KMS makes ({@code WrappingKeySpec}); AWS recommends RSA_4096. */
public enum WrappingKeySpec {
    RSA_2048(2048),
    RSA_3072(3072),
    RSA_4096(4096);

    public static final WrappingKeySpec RECOMMENDED = RSA_4096;

    private final int bits;

    WrappingKeySpec(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    public static WrappingKeySpec parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(name) || String.valueOf(s.bits).equals(name))
                .findFirst().orElseThrow(() -> new ByokException("Unknown wrapping key spec '" + text
                        + "'. Use RSA_4096 (recommended), RSA_3072 or RSA_2048."));
    }
}
