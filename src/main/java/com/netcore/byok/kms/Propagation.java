package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * KMS is eventually consistent: for a few seconds after a change (a new key or alias, an import, a deletion of key
 * material, a rotation) other calls may not see it yet. This is the one retry policy for those windows: try again
 * with growing pauses (0.25 s doubling up to 4 s) until {@link #limit()} has passed, in wall-clock time. Waiting
 * is cancellable: an interrupt stops it at once with a {@link KmsCancelledException}.
 */
final class Propagation {
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);
    /** What KMS answers about a change it does not see yet: a new key or alias, or a key in its old state. */
    static final Set<String> NOT_YET = Set.of("NotFoundException", "KMSInvalidStateException");
    static final Set<String> NOT_FOUND_YET = Set.of("NotFoundException");
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(4);

    private volatile Duration limit = DEFAULT_LIMIT;

    Duration limit() {
        return limit;
    }

    void limit(Duration newLimit) {
        if (newLimit.isNegative()) {
            throw new ByokException("The time to wait for KMS to show a change cannot be negative.");
        }
        limit = newLimit;
    }

    /** Runs {@code call}; while it fails with one of {@code codes}, pauses and tries again within the limit. */
    <T> T retry(Set<String> codes, Supplier<T> call) {
        Deadline deadline = new Deadline();
        while (true) {
            try {
                return call.get();
            } catch (KmsCancelledException e) {
                throw e;
            } catch (ByokException e) {
                if (errorCode(e).filter(codes::contains).isEmpty() || !deadline.pause()) {
                    throw e;
                }
            }
        }
    }

    /** Asks until the answer is {@code done} or the limit has passed; returns the last answer either way. */
    <T> T until(Predicate<T> done, Supplier<T> ask) {
        Deadline deadline = new Deadline();
        T answer = ask.get();
        while (!done.test(answer) && deadline.pause()) {
            answer = ask.get();
        }
        return answer;
    }

    /** The AWS error code behind a failure, e.g. "NotFoundException"; empty for failures that did not come from AWS. */
    static Optional<String> errorCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
                return Optional.ofNullable(aws.awsErrorDetails().errorCode());
            }
        }
        return Optional.empty();
    }

    /** The end of one wait and the next pause. */
    private final class Deadline {
        private final long end = System.nanoTime() + limit.toNanos();
        private Duration next = FIRST_PAUSE;

        /** Sleeps before the next try; false when no time is left for one. */
        boolean pause() {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            long sleep = Math.min(next.toNanos(), left);
            next = next.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : next.multipliedBy(2);
            try {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KmsCancelledException("Cancelled while waiting for KMS to show a change it had accepted; "
                        + "the change itself was made. Check with 'kms status'.");
            }
            return true;
        }
    }
}
