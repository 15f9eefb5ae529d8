package com.netcore.byok.ceremony;

import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.ImportParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything one wrap needs: the parameter sets to wrap the key for, the key with its source, where the three
 * files go (and whether existing ones may be replaced), and an optional split for custodians. The key stays
 * owned by the caller.
 *
 * <p>With several {@code parameterSets} (the Regions of one multi-Region key), the key is wrapped for each in one
 * all-or-nothing step, into a subfolder of {@code outputFolder} per Region (see {@link MultiRegionWrap}).
 * Signing (a vendor signature to check, a receipt to sign) would join as further optional components.
 */
public record WrapRequest(List<ImportParameters> parameterSets, AssembledKey key, Path outputFolder,
                          boolean overwrite, Optional<SplitPlan> split) {

    public WrapRequest {
        parameterSets = List.copyOf(parameterSets);
        if (parameterSets.isEmpty()) {
            throw new IllegalArgumentException("a wrap needs at least one parameter set");
        }
    }

    /** A wrap for one set of import parameters. */
    public static WrapRequest of(ImportParameters parameters, AssembledKey key, Path outputFolder, boolean overwrite,
                                 Optional<SplitPlan> split) {
        return new WrapRequest(List.of(parameters), key, outputFolder, overwrite, split);
    }

    /** The first (with one Region, the only) parameter set. */
    public ImportParameters parameters() {
        return parameterSets.get(0);
    }
}
