package com.netcore.byok.ceremony;

import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.HandOffSigning;
import com.netcore.byok.core.ImportParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one wrap needs: the parameter sets to wrap the key for, the key with its source, where the three
 * files go (and whether existing ones may be replaced), and an optional split for custodians. The key stays
 * owned by the caller.
 *
 * <p>With several {@code parameterSets} (the Regions of one multi-Region key), the key is wrapped for each in one
 * all-or-nothing step, into a subfolder of {@code outputFolder} per Region (see {@link MultiRegionWrap}).
 * {@code signing} carries the signed hand-off: the vendor certificate that verified the parameters (checked when
 * they were loaded, before anything is written; see {@link SignedHandOff}) and the officer's identity that signs
 * the receipt; {@link HandOffSigning#NONE} for neither. {@code allowWeakKey}: the user confirmed that a key
 * {@link com.netcore.byok.core.WeakKeys} refuses is a known legacy key.
 */
public record WrapRequest(List<ImportParameters> parameterSets, AssembledKey key, Path outputFolder,
                          boolean overwrite, Optional<SplitPlan> split, HandOffSigning signing, boolean allowWeakKey) {

    public WrapRequest {
        Objects.requireNonNull(signing, "signing");
        parameterSets = List.copyOf(parameterSets);
        if (parameterSets.isEmpty()) {
            throw new IllegalArgumentException("a wrap needs at least one parameter set");
        }
    }

    /** A wrap without the signed hand-off, refusing weak keys. */
    public WrapRequest(List<ImportParameters> parameterSets, AssembledKey key, Path outputFolder, boolean overwrite,
                       Optional<SplitPlan> split) {
        this(parameterSets, key, outputFolder, overwrite, split, HandOffSigning.NONE, false);
    }

    /** The same wrap with {@code handOff}: the parameters' verified signer and the receipt's signing identity. */
    public WrapRequest withSigning(HandOffSigning handOff) {
        return new WrapRequest(parameterSets, key, outputFolder, overwrite, split, handOff, allowWeakKey);
    }

    /** The same wrap; {@code allow} lets a known legacy key through the weak-key check. */
    public WrapRequest allowingWeakKey(boolean allow) {
        return new WrapRequest(parameterSets, key, outputFolder, overwrite, split, signing, allow);
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
