package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.WrappingAlgorithm;
import java.util.List;

/**
 * The wrapping algorithms KMS offers for importing 256-bit symmetric key material (SYMMETRIC_DEFAULT), the
 * recommended one first. The hybrid RSA_AES_KEY_WRAP_* algorithms are for RSA and ECC private keys only.
 */
public final class SymmetricImportAlgorithms {
    /** In the order to offer them; the first is AWS's recommendation. */
    public static final List<WrappingAlgorithm> OFFERED = List.of(WrappingAlgorithm.RSAES_OAEP_SHA_256,
            WrappingAlgorithm.RSAES_OAEP_SHA_1);

    private SymmetricImportAlgorithms() {
    }

    public static WrappingAlgorithm recommended() {
        return OFFERED.get(0);
    }

    /** e.g. "RSAES_OAEP_SHA_256 (recommended) or RSAES_OAEP_SHA_1". */
    public static String describe() {
        return recommended().name() + " (recommended) or " + String.join(" or ", OFFERED.subList(1, OFFERED.size())
                .stream().map(Enum::name).toList());
    }

    /** Throws the sentence saying which algorithms to use instead, unless KMS offers {@code algorithm}. */
    public static WrappingAlgorithm require(WrappingAlgorithm algorithm) {
        if (!OFFERED.contains(algorithm)) {
            throw new ByokException("KMS uses " + algorithm.name() + " only for RSA and ECC key material; a 256-bit "
                    + "symmetric key is wrapped with " + describe() + ".");
        }
        return algorithm;
    }
}
