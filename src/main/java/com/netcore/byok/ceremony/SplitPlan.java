package com.netcore.byok.ceremony;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.ShareScheme;
import com.netcore.byok.paper.ShareFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * How to split the key for custodians: K-of-N, one name per share or none, and the folder for the share files.
 * The rules (and their one set of messages) that the wizard and the command line both apply live here.
 */
public record SplitPlan(ShareScheme scheme, List<String> custodians, Path folder) {

    public SplitPlan {
        custodians = List.copyOf(custodians);
    }

    /**
     * Refuses custodian names that do not fit the scheme: one per share or none, each printable on the sheet.
     * {@code nameLabel} is what the front end calls a name, e.g. "--custodian name" or "custodian name".
     */
    public static void checkCustodians(ShareScheme scheme, List<String> names, String nameLabel) {
        checkCustodianCount(scheme, names, nameLabel);
        names.forEach(KeyShare::checkCustodian);
    }

    /** Refuses a number of names other than one per share (none is fine). */
    public static void checkCustodianCount(ShareScheme scheme, List<String> names, String nameLabel) {
        if (!names.isEmpty() && names.size() != scheme.count()) {
            throw new ByokException(names.size() + " " + nameLabel + (names.size() == 1 ? " was" : "s were")
                    + " given for " + scheme.count() + " shares (" + scheme + "). Name one custodian per share, "
                    + "or none.");
        }
    }

    /** Refuses to split a key restored from shares: it is already split. */
    public static void checkKeyCanBeSplit(KeySource source) {
        if (source.kind() == KeySource.Kind.SHARES) {
            throw new ByokException("A key restored from shares is already split and cannot be split again. "
                    + "Leave out the split, or keep using the existing shares.");
        }
    }

    /**
     * Refuses a missing shares folder, one that is the output folder, or one that already holds share files;
     * {@code outputFolder} may be null while it is not chosen yet.
     */
    public static void checkFolder(Path sharesFolder, Path outputFolder, ShareScheme scheme) {
        if (sharesFolder == null) {
            throw new ByokException("Choose a folder for the shares, apart from the output folder.");
        }
        if (outputFolder != null) {
            ShareFiles.checkFolder(sharesFolder, outputFolder, scheme);
        }
    }

    /** All the rules above, for a plan and the output folder it goes with. */
    public void check(Path outputFolder, String nameLabel) {
        checkCustodians(scheme, custodians, nameLabel);
        checkFolder(folder, outputFolder, scheme);
    }

    /** The share files this plan writes, text file and sheet per share, in share order. */
    public List<Path> files() {
        return ShareFiles.names(scheme).stream().map(folder::resolve).toList();
    }
}
