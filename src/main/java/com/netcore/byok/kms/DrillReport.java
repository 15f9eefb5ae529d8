package com.netcore.byok.kms;

import java.util.List;
import java.util.Optional;

/**
 * How a {@link Drill} went: its steps in order, the drill key (if one was made), whether every step worked, whether
 * the key was kept, and why it could not be scheduled for deletion (if so).
 */
public record DrillReport(List<DrillStep> steps, Optional<String> keyArn, boolean allWorked, boolean kept,
                          Optional<String> cleanupFailure) {

    /** The closing lines after the steps. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(allWorked ? "Drill passed: this account, Region and identity can run the whole ceremony."
                : "Drill FAILED: fix the step marked FAIL (the permission it names), then run 'kms drill' again.")
                .append('\n');
        keyArn.ifPresent(arn -> out.append(kept ? "The drill key " + arn + " was kept (--keep); it is billed as a KMS "
                + "key until you delete it (kms schedule-deletion --key-id " + arn + ")."
                : cleanupFailure.orElse("The drill key " + arn + " is scheduled for deletion in 7 days; until then it "
                + "is billed as a KMS key, prorated.")).append('\n'));
        return out.toString();
    }

    /** Every step's line, then the summary. */
    public String report() {
        StringBuilder out = new StringBuilder();
        steps.forEach(step -> out.append(step.line()).append('\n'));
        return out.append(summary()).toString();
    }
}
