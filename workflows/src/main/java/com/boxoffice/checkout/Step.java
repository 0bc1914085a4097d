package com.boxoffice.checkout;

import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * One kind of call the saga makes, with the retries it deserves: which backend, how long one
 * attempt may take, how long and how often it is tried in all, and how long a pause between two
 * attempts may be spent waiting inside the workflow task that asked (see {@link RetryRounds}).
 *
 * @param taskQueue where the call runs as a regular activity, in sagas started before {@link
 *     SagaVersion#ONE_TASK}
 * @param window how long after its first attempt the step gives up; null for no limit
 * @param retry the backoff, and the attempts in all ({@code maximumAttempts} 0: no limit)
 * @param inTaskBackoff the longest pause between attempts spent in the worker while the workflow
 *     task is open; a longer one waits on a durable timer. Zero: every retry waits on a timer.
 */
record Step<A>(
    Class<A> type,
    String taskQueue,
    Duration startToClose,
    Duration window,
    RetryOptions retry,
    Duration inTaskBackoff) {

  /** Bounds a round even where a policy's pauses never grow past {@link #inTaskBackoff()}. */
  private static final int MOST_ATTEMPTS_IN_TASK = 5;

  /** The pause after attempt {@code attempt} (1-based), as the retry policy spaces them. */
  Duration backoffAfter(int attempt) {
    double millis =
        retry.getInitialInterval().toMillis()
            * Math.pow(retry.getBackoffCoefficient(), Math.max(0, attempt - 1));
    Duration longest = retry.getMaximumInterval();
    return longest != null && millis > longest.toMillis()
        ? longest
        : Duration.ofMillis((long) millis);
  }

  /** Whether attempt {@code attempt} (1-based) is beyond the step's attempts. */
  boolean beyondAttempts(int attempt) {
    return retry.getMaximumAttempts() > 0 && attempt > retry.getMaximumAttempts();
  }

  /**
   * How many attempts, starting with {@code first}, run back to back in one workflow task: as many
   * as are spaced by pauses no longer than {@link #inTaskBackoff()}, and the step still allows.
   */
  int attemptsInTask(int first) {
    int attempts = 1;
    while (attempts < MOST_ATTEMPTS_IN_TASK
        && !beyondAttempts(first + attempts)
        && !inTaskBackoff.isZero()
        && backoffAfter(first + attempts - 1).compareTo(inTaskBackoff) <= 0) {
      attempts++;
    }
    return attempts;
  }

  /** The local activity retry policy of the round that starts with attempt {@code first}. */
  RetryOptions roundRetry(int first, int attempts) {
    return RetryOptions.newBuilder(retry)
        .setInitialInterval(backoffAfter(first))
        .setMaximumAttempts(attempts)
        .build();
  }
}
