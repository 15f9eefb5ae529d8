package com.netcore.byok.core;

/** A key together with how it was made. Closing it destroys the key. */
public record AssembledKey(SecretKeyMaterial key, KeySource source) implements AutoCloseable {

    @Override
    public void close() {
        key.destroy();
    }
}
