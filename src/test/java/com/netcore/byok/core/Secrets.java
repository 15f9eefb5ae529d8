package com.netcore.byok.core;

import java.util.Arrays;
import java.util.List;

/** Secret bytes in and out of {@link SecretKeyMaterial}, for tests of the algorithms that work in place. */
final class Secrets {
    private Secrets() {
    }

    static SecretKeyMaterial of(byte[] bytes) {
        return SecretKeyMaterial.copyOf(bytes);
    }

    static List<SecretKeyMaterial> of(byte[][] arrays) {
        return Arrays.stream(arrays).map(SecretKeyMaterial::copyOf).toList();
    }

    static byte[] bytes(SecretKeyMaterial material) {
        byte[] bytes = new byte[material.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = material.get(i);
        }
        return bytes;
    }

    static byte[][] bytes(List<SecretKeyMaterial> materials) {
        return materials.stream().map(Secrets::bytes).toArray(byte[][]::new);
    }
}
