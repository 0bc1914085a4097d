package com.boxoffice.checkout;

import io.temporal.activity.LocalActivityOptions;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Functions;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs a step as local activities, in rounds. A round is the attempts whose pauses are short enough
 * to spend in the worker while the workflow task that asked stays open: in the common case the
 * first attempt succeeds, and the whole step costs the server nothing but a marker. When a round
 * fails, the saga says so where operators look (current details, search attributes, the timer's
 * summary), waits on a durable timer as long as the step's retry policy says, and starts the next
 * round; the step's window and attempts bound the rounds as they would bound a regular activity.
 *
 * <p>The SDK can move a local activity's retries to timers by itself ({@code
 * setLocalRetryThreshold}), but the workflow never learns of it: its search attributes would stay
 * as they were at the task's start, and operators would see an unnamed timer and no failure. Here
 * the wait is the saga's own.
 */
final class RetryRounds {
  /** What the saga shows while a step waits to be tried again. */
  interface Pauses {
    void pausing(String summary, ActivityFailure failure, int attempts, Instant retryAt);

    void resumed();
  }

  private final Pauses pauses;

  RetryRounds(Pauses pauses) {
    this.pauses = pauses;
  }

  <A, R> R call(Step<A> step, String summary, Functions.Func1<A, R> call) {
    long firstAttemptAt = Workflow.currentTimeMillis();
    int attempt = 1;
    while (true) {
      int attempts = step.attemptsInTask(attempt);
      Duration left = remaining(step, firstAttemptAt);
      A stub =
          Workflow.newLocalActivityStub(
              step.type(), options(step, summary, attempt, attempts, left));
      try {
        return call.apply(stub);
      } catch (ActivityFailure failure) {
        attempt += attempts;
        Duration pause = pauseBefore(step, attempt, failure);
        if (!retriable(failure) || step.beyondAttempts(attempt) || outlasts(left, pause)) {
          throw failure;
        }
        Instant retryAt = Instant.ofEpochMilli(Workflow.currentTimeMillis()).plus(pause);
        pauses.pausing(summary, failure, attempt - 1, retryAt);
        Workflow.newTimer(
                pause, TimerOptions.newBuilder().setSummary("Then retry: " + summary).build())
            .get();
        pauses.resumed();
      }
    }
  }

  private static LocalActivityOptions options(
      Step<?> step, String summary, int first, int attempts, Duration left) {
    LocalActivityOptions.Builder options =
        LocalActivityOptions.newBuilder()
            .setSummary(summary)
            // The marker keeps the result, which replay reads; the input only made the history
            // larger for the server to store and ship with every task.
            .setDoNotIncludeArgumentsIntoMarker(true)
            .setStartToCloseTimeout(step.startToClose())
            .setRetryOptions(step.roundRetry(first, attempts));
    if (!step.inTaskBackoff().isZero()) {
      options.setLocalRetryThreshold(step.inTaskBackoff());
    }
    if (left != null) {
      options.setScheduleToCloseTimeout(left);
    }
    return options.build();
  }

  /** Only a round that ran out of its attempts is worth another round. */
  private static boolean retriable(ActivityFailure failure) {
    return !(failure.getCause() instanceof CanceledFailure)
        && failure.getRetryState() == RetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED;
  }

  /** The policy's pause, or longer when the backend said when to come back (a rate limit). */
  private static Duration pauseBefore(Step<?> step, int attempt, ActivityFailure failure) {
    Duration pause = step.backoffAfter(attempt - 1);
    if (failure.getCause() instanceof ApplicationFailure application
        && application.getNextRetryDelay() != null
        && application.getNextRetryDelay().compareTo(pause) > 0) {
      return application.getNextRetryDelay();
    }
    return pause;
  }

  private static Duration remaining(Step<?> step, long firstAttemptAt) {
    if (step.window() == null) {
      return null;
    }
    long spent = Workflow.currentTimeMillis() - firstAttemptAt;
    return Duration.ofMillis(Math.max(1, step.window().toMillis() - spent));
  }

  private static boolean outlasts(Duration left, Duration pause) {
    return left != null && pause.compareTo(left) >= 0;
  }
}
