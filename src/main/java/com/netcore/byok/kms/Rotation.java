package com.netcore.byok.kms;

import java.util.Optional;

/** An on-demand rotation: the key afterwards, and the material that was current before and is current now. */
public record Rotation(KeyInfo key, Optional<String> previousMaterialId, String newMaterialId) {
}
