package com.netcore.byok.ceremony;

import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.KeyEncoding;
import com.netcore.byok.core.KeyMaker;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SecretKeyMaterial;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** A key made together with its source, as the receipt records it: generated, typed, from a file, or from components. */
public final class NewKeys {

    private NewKeys() {
    }

    public static AssembledKey generate(SecureRandom random) {
        return new AssembledKey(KeyMaker.generate(random), KeySource.generated(KeyMaker.describe(random)));
    }

    /** Decodes typed hex or base64 text; {@code what} names it in errors. The caller wipes {@code typed}. */
    public static AssembledKey entered(char[] typed, String what) {
        return new AssembledKey(KeyEncoding.fromText(typed, what), KeySource.entered());
    }

    /** Reads a key file: 32 raw bytes, or hex or base64 text; {@code role} names it in errors ("Key file"). */
    public static AssembledKey fromKeyFile(Path file, String role) {
        return new AssembledKey(KeyMaker.fromFile(file, role), KeySource.keyFile(file.getFileName().toString()));
    }

    /** XOR of the components, with each one's check value in the source. The components stay the caller's. */
    public static AssembledKey fromComponents(List<SecretKeyMaterial> components) {
        List<String> kcvs = components.stream().map(SecretKeyMaterial::kcv).toList();
        return new AssembledKey(KeyMaker.combine(components), KeySource.components(kcvs));
    }

    /** Reads component files (errors name "Component N file"), combines them, and wipes the components. */
    public static AssembledKey fromComponentFiles(List<Path> files) {
        List<SecretKeyMaterial> components = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                components.add(KeyMaker.fromFile(files.get(i), "Component " + (i + 1) + " file"));
            }
            return fromComponents(components);
        } finally {
            components.forEach(SecretKeyMaterial::destroy);
        }
    }
}
