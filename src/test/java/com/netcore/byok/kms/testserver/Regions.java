package com.netcore.byok.kms.testserver;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's KMS Regions: one {@link FakeKms} per Region, made when a request first signs for it. All share
 * the secret behind key material ids (the same material has the same id in every Region of a multi-Region key)
 * and the multi-Region keys.
 */
final class Regions {
    /** SigV4: {@code Credential=AKID/20261130/eu-west-1/kms/aws4_request}. */
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/kms/aws4_request");

    private final Clock clock;
    private final String account;
    private final String callerArn;
    private final byte[] idSecret = new byte[32];
    private final Map<String, FakeKms> byRegion = new LinkedHashMap<>();
    private final MultiRegionKeys multiRegion = new MultiRegionKeys(this::get);

    Regions(Clock clock, String account, String callerArn) {
        this.clock = clock;
        this.account = account;
        this.callerArn = callerArn;
        new SecureRandom().nextBytes(idSecret);
    }

    /** The Region's KMS; callers serialise access (the server locks one monitor for all Regions). */
    FakeKms get(String region) {
        return byRegion.computeIfAbsent(region, r -> new FakeKms(clock, r, account, callerArn, idSecret,
                multiRegion));
    }

    Collection<FakeKms> all() {
        return List.copyOf(byRegion.values());
    }

    /** The Region a KMS request was signed for, from its Authorization header's credential scope. */
    static Optional<String> signingRegion(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher matcher = SCOPE.matcher(authorization);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
