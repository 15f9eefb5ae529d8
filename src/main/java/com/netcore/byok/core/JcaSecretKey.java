package com.netcore.byok.core;

import javax.crypto.SecretKey;

/**
 * Hands {@link SecretKeyMaterial} to a JCA cipher without the JDK's {@code SecretKeySpec}, whose copy
 * of the bytes can never be wiped. The copy returned by {@link #getEncoded()} is the provider's to wipe.
 */
final class JcaSecretKey implements SecretKey {
    private final transient SecretKeyMaterial material;
    private final String algorithm;

    JcaSecretKey(SecretKeyMaterial material, String algorithm) {
        this.material = material;
        this.algorithm = algorithm;
    }

    @Override
    public String getAlgorithm() {
        return algorithm;
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    @Override
    public byte[] getEncoded() {
        return material.bytes().clone();
    }

    @Override
    public void destroy() {
        material.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return material.isDestroyed();
    }

    @Override
    public String toString() {
        return "JcaSecretKey[" + algorithm + ", hidden]";
    }

    private Object writeReplace() throws java.io.ObjectStreamException {
        throw new java.io.NotSerializableException("Key material is never serialized.");
    }
}
