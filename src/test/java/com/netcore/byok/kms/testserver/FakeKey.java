package com.netcore.byok.kms.testserver;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A KMS key of the test server and its key materials. Mutable; the server serialises all access. */
final class FakeKey {
    final String id;
    final String arn;
    final String origin;
    final boolean multiRegion;
    final Instant created;
    final String description;
    final Map<String, String> tags;
    String policy;
    String state;
    Instant deletionDate;
    Integer pendingWindow;
    int onDemandRotations;
    String currentId;
    final Map<String, Material> materials = new LinkedHashMap<>();
    /** Eventual consistency: other calls do not find the key before this instant (wall-clock). */
    Instant visibleFrom = Instant.MIN;
    /** Eventual consistency: DescribeKey shows {@link #shownState} and Encrypt is refused until this instant. */
    Instant settledFrom = Instant.MIN;
    String shownState;
    /** An on-demand rotation in progress: the material that becomes current at {@link #rotationDoneAt}. */
    String rotatingTo;
    Instant rotationStarted;
    Instant rotationDoneAt;

    FakeKey(String id, String arn, String origin, boolean multiRegion, Instant created, String description,
            String policy, Map<String, String> tags) {
        this.id = id;
        this.arn = arn;
        this.origin = origin;
        this.multiRegion = multiRegion;
        this.created = created;
        this.description = description;
        this.policy = policy;
        this.tags = tags;
    }

    boolean external() {
        return "EXTERNAL".equals(origin);
    }

    boolean unsettled(Instant now) {
        return now.isBefore(settledFrom);
    }

    /** The state other calls see now: the previous one while a change is still propagating. */
    String visibleState(Instant now) {
        return unsettled(now) ? shownState : state;
    }

    /** Starts a window in which the key looks as it did before a change. */
    void showPreviousState(String previous, Instant now, Duration lag) {
        if (!lag.isZero()) {
            shownState = previous;
            settledFrom = now.plus(lag);
        }
    }

    static final class Material {
        final String id;
        byte[] bytes; // null: not imported (deleted or expired); test code only
        String state;
        String expirationModel;
        Instant validTo;
        String description;
        Instant rotationDate;
        String rotationType;

        Material(String id, String state) {
            this.id = id;
            this.state = state;
        }

        boolean permanent() {
            return "CURRENT".equals(state) || "NON_CURRENT".equals(state);
        }
    }
}
