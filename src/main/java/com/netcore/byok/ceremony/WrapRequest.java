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
 * <p>{@code parameterSets} is a list so that one key can later be wrapped for several Regions in one
 * all-or-nothing step (a subfolder of {@code outputFolder} per Region); today exactly one set is accepted.
 * Signing (a vendor signature to check, a receipt to sign) would join as further optional components.
 * {@code allowWeakKey}: the user confirmed that a key {@link com.netcore.byok.core.WeakKeys} refuses is a known
 * legacy key.
 */
public record WrapRequest(List<ImportParameters> parameterSets, AssembledKey key, Path outputFolder,
                          boolean overwrite, Optional<SplitPlan> split, boolean allowWeakKey) {

    public WrapRequest {
        parameterSets = List.copyOf(parameterSets);
        if (parameterSets.size() != 1) {
            throw new IllegalArgumentException("one parameter set per wrap is supported, not "
                    + parameterSets.size());
        }
    }

    /** A wrap for one set of import parameters. */
    public static WrapRequest of(ImportParameters parameters, AssembledKey key, Path outputFolder, boolean overwrite,
                                 Optional<SplitPlan> split) {
        return of(parameters, key, outputFolder, overwrite, split, false);
    }

    /** As above; {@code allowWeakKey} lets a known legacy key through the weak-key check. */
    public static WrapRequest of(ImportParameters parameters, AssembledKey key, Path outputFolder, boolean overwrite,
                                 Optional<SplitPlan> split, boolean allowWeakKey) {
        return new WrapRequest(List.of(parameters), key, outputFolder, overwrite, split, allowWeakKey);
    }

    /** The one parameter set of today's wraps. */
    public ImportParameters parameters() {
        return parameterSets.get(0);
    }
}
