package com.boxoffice.bench;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * The bare saga's stubs, with the checkout saga's timeouts and retries step for step (see {@code
 * SagaActivities}): the comparison is fair only if the engine is asked for the same timers and
 * retry bookkeeping. Nothing here fails, so the retries are never used, only carried.
 */
final class BareSteps {
  private static final RetryOptions INVENTORY_RETRY = retry(ofMillis(200), ofSeconds(10));
  private static final RetryOptions PAYMENT_RETRY = retry(ofMillis(500), ofSeconds(30));
  private static final RetryOptions EMAIL_RETRY = retry(ofSeconds(1), ofMinutes(5));

  private static final LocalActivityOptions HOLDING = local(5);
  private static final LocalActivityOptions RECORDING = local(10);

  /** Unlimited, as the order's confirmation is retried until it succeeds. */
  private static final LocalActivityOptions CONFIRMING = local(0);

  private static final ActivityOptions AUTHORIZING =
      remote(BarePaymentActivities.TASK_QUEUE, ofSeconds(10), ofSeconds(30), PAYMENT_RETRY);
  private static final ActivityOptions CAPTURING =
      remote(BarePaymentActivities.TASK_QUEUE, ofSeconds(10), ofMinutes(5), PAYMENT_RETRY);
  private static final ActivityOptions EMAILING =
      remote(BareEmailActivities.TASK_QUEUE, ofSeconds(30), ofHours(24), EMAIL_RETRY);

  BareInventoryActivities holding() {
    return Workflow.newLocalActivityStub(BareInventoryActivities.class, HOLDING);
  }

  BareInventoryActivities recording() {
    return Workflow.newLocalActivityStub(BareInventoryActivities.class, RECORDING);
  }

  BareInventoryActivities confirming() {
    return Workflow.newLocalActivityStub(BareInventoryActivities.class, CONFIRMING);
  }

  BarePaymentActivities authorizing() {
    return Workflow.newActivityStub(BarePaymentActivities.class, AUTHORIZING);
  }

  BarePaymentActivities capturing() {
    return Workflow.newActivityStub(BarePaymentActivities.class, CAPTURING);
  }

  BareEmailActivities emailing() {
    return Workflow.newActivityStub(BareEmailActivities.class, EMAILING);
  }

  /** {@code attempts} 0 means unlimited, as in Temporal's own retry policy. */
  private static LocalActivityOptions local(int attempts) {
    return LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(ofSeconds(5))
        .setRetryOptions(
            RetryOptions.newBuilder(INVENTORY_RETRY).setMaximumAttempts(attempts).build())
        .build();
  }

  private static ActivityOptions remote(
      String taskQueue, Duration startToClose, Duration scheduleToClose, RetryOptions retry) {
    return ActivityOptions.newBuilder()
        .setTaskQueue(taskQueue)
        .setStartToCloseTimeout(startToClose)
        .setScheduleToCloseTimeout(scheduleToClose)
        .setRetryOptions(retry)
        .build();
  }

  private static RetryOptions retry(Duration initial, Duration maximum) {
    return RetryOptions.newBuilder()
        .setInitialInterval(initial)
        .setBackoffCoefficient(2)
        .setMaximumInterval(maximum)
        .build();
  }
}
