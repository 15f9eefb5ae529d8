package com.netcore.byok.kms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A multi-Region key in every Region, and what differs between them (the warnings to show). */
public record MultiRegionStatus(MultiRegionKey key, List<RegionStatus> regions) {

    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        Map<String, String> expiries = new LinkedHashMap<>();
        Map<String, String> currents = new LinkedHashMap<>();
        for (RegionStatus region : regions) {
            region.problem().ifPresent(p -> out.add("Region " + region.region() + " could not be read: " + p));
            region.status().ifPresent(status -> {
                KeyInfo k = status.key();
                if (k.isPendingImport()) {
                    out.add((region.primary() ? "The primary key" : "The replica") + " in " + region.region()
                            + " has no usable key material (PendingImport): import the same key there with "
                            + "'kms get-parameters' and 'kms import' using --region " + region.region() + ".");
                } else {
                    expiries.put(region.region(), expiry(k));
                }
                k.currentKeyMaterialId().ifPresent(id -> currents.put(region.region(), id));
            });
        }
        // imports minutes apart with "N days" differ by seconds: only different days matter
        if (expiries.values().stream().map(e -> e.length() >= 10 ? e.substring(0, 10) : e).distinct().count() > 1) {
            out.add("The key material expires on different days: " + joined(expiries) + ". Re-import the same key "
                    + "with the same expiry in every Region, or the Regions stop working on different days.");
        }
        if (currents.values().stream().distinct().count() > 1) {
            out.add("The current key material differs between Regions: " + joined(currents) + ".");
        }
        pendingRotation().ifPresent(id -> {
            List<String> missing = regionsWithout(id);
            if (!missing.isEmpty()) {
                out.add("New key material " + id + " waits for import in " + String.join(", ", missing) + " ("
                        + KeyMaterialInfo.PENDING_MULTI_REGION + "): import it there with 'kms import --new-material "
                        + "--region REGION', then run 'kms rotate' on the primary in " + key.primary().region() + ".");
            }
        });
        return out;
    }

    /** The new material the primary holds for a rotation, if any. */
    public Optional<String> pendingRotation() {
        return regions.stream().filter(RegionStatus::primary).flatMap(r -> r.status().stream())
                .flatMap(s -> s.pendingRotation().stream()).map(KeyMaterialInfo::id).findFirst();
    }

    /** Replica Regions whose key materials do not include this one imported. */
    public List<String> regionsWithout(String materialId) {
        return regions.stream().filter(r -> !r.primary()).filter(r -> r.status().map(s -> s.materials().stream()
                .noneMatch(m -> m.id().equals(materialId) && m.isImported())).orElse(true))
                .map(RegionStatus::region).toList();
    }

    static String expiry(KeyInfo key) {
        return key.materialExpires() ? key.validTo().map(Instant::toString).orElse("unknown") : "never";
    }

    private static String joined(Map<String, String> byRegion) {
        return byRegion.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
