package com.netcore.byok.ceremony;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.KeyShares;
import com.netcore.byok.core.WeakKeys;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.paper.ShareFiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The wrap itself: split the key when asked, wrap it, and write the files and shares in one all-or-nothing step. */
public final class Ceremony {

    private Ceremony() {
    }

    /**
     * Checks made before any key is touched: the parameters have not expired, the output folder can take the
     * files, and the split's rules hold.
     */
    public static void checkBeforeKey(ImportParameters parameters, Path outputFolder, boolean overwrite,
                                      Optional<SplitPlan> split, String custodianLabel, Clock clock) {
        parameters.requireNotExpired(clock);
        WrappedKeyFiles.checkOutputFolder(outputFolder, overwrite);
        split.ifPresent(plan -> plan.check(outputFolder, custodianLabel));
    }

    /** Runs {@code request}; slow (RSA, PDF sheets), so front ends call it off their UI thread. */
    public static WrapResult wrap(WrapRequest request, SecureRandom random, Clock clock) {
        WeakKeys.refuseUnlessAllowed(request.key().key(), request.allowWeakKey()); // before any share is made
        Optional<WrappedKeyFiles.SharesOut> shares = request.split().map(plan -> {
            SplitPlan.checkKeyCanBeSplit(request.key().source());
            return splitAndRender(request, plan, random, clock);
        });
        List<Path> shareFiles = shares.map(out -> out.files().keySet().stream().map(out.folder()::resolve).toList())
                .orElse(List.of());
        if (request.parameterSets().size() > 1) {
            return new WrapResult(MultiRegionWrap.wrapAndWrite(request, shares, random, clock), shareFiles);
        }
        WrappedKeyFiles.Written written = WrappedKeyFiles.wrapAndWrite(request.parameters(), request.key().key(),
                request.key().source(), request.outputFolder(), request.overwrite(), random, clock, shares,
                request.signing());
        return new WrapResult(List.of(written), shareFiles);
    }

    private static WrappedKeyFiles.SharesOut splitAndRender(WrapRequest request, SplitPlan plan, SecureRandom random,
                                                          Clock clock) {
        List<KeyShare> parts = KeyShares.split(request.key().key(), plan.scheme(), plan.custodians(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), random);
        try {
            return ShareFiles.render(parts, plan.folder());
        } finally {
            parts.forEach(KeyShare::destroy);
        }
    }
}
