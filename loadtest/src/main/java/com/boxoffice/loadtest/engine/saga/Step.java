package com.boxoffice.loadtest.engine.saga;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * The five steps with the timeouts and retries the checkout saga gives the real ones ({@code
 * SagaActivities}): the comparison is fair only if the engine is asked for the same timers and
 * retry bookkeeping. No-op steps never fail, so the retries are carried, never used.
 */
enum Step {
  HOLD("hold", ofSeconds(5), null, retry(ofMillis(200), ofSeconds(10), 5)),
  AUTHORIZE("authorize", ofSeconds(10), ofSeconds(30), retry(ofMillis(500), ofSeconds(30), 0)),
  CAPTURE("capture", ofSeconds(10), ofMinutes(5), retry(ofMillis(500), ofSeconds(30), 0)),
  CONFIRM("confirm", ofSeconds(5), null, retry(ofMillis(200), ofSeconds(10), 0)),
  EMAIL("email", ofSeconds(30), ofHours(24), retry(ofSeconds(1), ofMinutes(5), 0));

  /** The real saga's: a longer backoff waits on a durable timer, not in the worker's task. */
  private static final Duration LOCAL_RETRY_THRESHOLD = ofSeconds(2);

  private final String label;
  private final Duration startToClose;
  private final Duration scheduleToClose;
  private final RetryOptions retry;

  Step(String label, Duration startToClose, Duration scheduleToClose, RetryOptions retry) {
    this.label = label;
    this.startToClose = startToClose;
    this.scheduleToClose = scheduleToClose;
    this.retry = retry;
  }

  String label() {
    return label;
  }

  LocalActivityOptions local() {
    LocalActivityOptions.Builder options =
        LocalActivityOptions.newBuilder()
            .setStartToCloseTimeout(startToClose)
            .setLocalRetryThreshold(LOCAL_RETRY_THRESHOLD)
            .setRetryOptions(retry);
    // Unlike an activity's, a local activity's builder takes no null for "unbounded".
    return scheduleToClose == null
        ? options.build()
        : options.setScheduleToCloseTimeout(scheduleToClose).build();
  }

  ActivityOptions remote(String taskQueue) {
    return ActivityOptions.newBuilder()
        .setTaskQueue(taskQueue)
        .setStartToCloseTimeout(startToClose)
        .setScheduleToCloseTimeout(scheduleToClose)
        .setRetryOptions(retry)
        .build();
  }

  /** {@code attempts} 0 means unlimited, as in Temporal's own retry policy. */
  private static RetryOptions retry(Duration initial, Duration maximum, int attempts) {
    return RetryOptions.newBuilder()
        .setInitialInterval(initial)
        .setBackoffCoefficient(2)
        .setMaximumInterval(maximum)
        .setMaximumAttempts(attempts)
        .build();
  }
}
