package com.netcore.byok.ceremony;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Regions of one multi-Region ceremony: one parameter set per Region, all for the same multi-Region key
 * ({@code mrk-...}). Each set must name its key ARN; a mix of keys or a Region given twice is refused, naming the
 * folders.
 */
public final class RegionSet {
    private static final Pattern ARN = Pattern.compile(
            "arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\\d{12}):key/((mrk-)?[0-9a-f-]+)");

    /** One Region's parameters; {@code label} names their folder in messages. */
    public record Region(String name, String keyArn, String label, ImportParameters parameters) {
    }

    private RegionSet() {
    }

    /** The Region a KMS key ARN names, or empty when the text is no key ARN. */
    public static Optional<String> regionOf(String keyArn) {
        Matcher m = ARN.matcher(keyArn);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** Checks that the sets fit together; {@code labels} name each set's folder, in the same order. */
    public static List<Region> of(List<ImportParameters> sets, List<String> labels) {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            regions.add(region(sets.get(i).keyArn(), labels.get(i), sets.get(i)));
        }
        checkTogether(regions);
        return List.copyOf(regions);
    }

    /**
     * The same checks on key ARNs alone (e.g. to inspect folders before any algorithm is settled); returns the
     * Region of each, in order.
     */
    public static List<String> checkKeyArns(List<Optional<String>> keyArns, List<String> labels) {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < keyArns.size(); i++) {
            regions.add(region(keyArns.get(i), labels.get(i), null));
        }
        checkTogether(regions);
        return regions.stream().map(Region::name).toList();
    }

    /** Checks one set on its own: it names a multi-Region key ARN. */
    public static Region region(Optional<String> keyArn, String label, ImportParameters parameters) {
        String arn = keyArn.orElseThrow(() -> new ByokException("Parameters folder " + label + " names no key ARN "
                + "in its README.txt. A ceremony for several Regions needs each folder's README.txt to name its key "
                + "(arn:aws:kms:REGION:ACCOUNT:key/mrk-...); ask the operator for the README.txt of that download."));
        Matcher m = ARN.matcher(arn);
        if (!m.matches() || m.group(5) == null) {
            throw new ByokException("Parameters folder " + label + " is for key " + arn + ", which is not a "
                    + "multi-Region key (its id does not start with mrk-). Only a multi-Region key takes one key in "
                    + "several Regions: wrap for this folder on its own.");
        }
        return new Region(m.group(2), arn, label, parameters);
    }

    /** Refuses a mix of keys (partition, account or key id differ) and a Region given twice. */
    public static void checkTogether(List<Region> regions) {
        for (int i = 0; i < regions.size(); i++) {
            for (int j = 0; j < i; j++) {
                Region first = regions.get(j);
                Region second = regions.get(i);
                if (!withoutRegion(first.keyArn()).equals(withoutRegion(second.keyArn()))) {
                    throw new ByokException("Parameters folders " + first.label() + " and " + second.label()
                            + " are for different keys (" + first.keyArn() + " and " + second.keyArn() + "). One "
                            + "ceremony wraps one key for the Regions of one multi-Region key: leave out the other "
                            + "key's folder.");
                }
                if (first.name().equals(second.name())) {
                    throw new ByokException("Parameters folders " + first.label() + " and " + second.label()
                            + " are both for Region " + first.name() + ". Give one folder per Region: keep the "
                            + "newest download and leave out the other.");
                }
            }
        }
    }

    /** The names of every Region but {@code one}, in the order given. */
    public static List<String> others(List<Region> regions, Region one) {
        return regions.stream().filter(r -> r != one).map(Region::name).toList();
    }

    private static String withoutRegion(String keyArn) {
        Matcher m = ARN.matcher(keyArn);
        m.matches();
        return m.group(1) + ":" + m.group(3) + ":" + m.group(4);
    }
}
