package com.netcore.byok.kms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.MultiRegionConfiguration;

/**
 * A multi-Region key as DescribeKey's MultiRegionConfiguration shows it from one Region: whether that Region holds
 * the primary or a replica, and the key ARN of the primary and of every replica with their Regions.
 */
public record MultiRegionKey(String keyId, boolean replica, Member primary, List<Member> replicas) {

    /** The key in one Region. */
    public record Member(String region, String arn) {
    }

    static Optional<MultiRegionKey> of(KeyMetadata metadata) {
        MultiRegionConfiguration config = metadata.multiRegionConfiguration();
        if (!Boolean.TRUE.equals(metadata.multiRegion()) || config == null || config.primaryKey() == null) {
            return Optional.empty();
        }
        List<Member> replicas = config.replicaKeys().stream().map(k -> new Member(k.region(), k.arn())).toList();
        return Optional.of(new MultiRegionKey(metadata.keyId(), "REPLICA".equals(config.multiRegionKeyTypeAsString()),
                new Member(config.primaryKey().region(), config.primaryKey().arn()), replicas));
    }

    /** The primary first, then the replicas. */
    public List<Member> members() {
        List<Member> all = new ArrayList<>();
        all.add(primary);
        all.addAll(replicas);
        return all;
    }

    public Optional<Member> in(String region) {
        return members().stream().filter(m -> m.region().equals(region)).findFirst();
    }

    public List<String> regions() {
        return members().stream().map(Member::region).toList();
    }
}
