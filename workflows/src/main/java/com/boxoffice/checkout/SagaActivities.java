package com.boxoffice.checkout;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import com.boxoffice.email.EmailActivities;
import com.boxoffice.inventory.InventoryActivities;
import com.boxoffice.payment.PaymentActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Every activity stub the sagas use, each with the timeouts and retries its step needs. Task queues
 * come from the activity contracts, so moving a capability to its own workers changes only them.
 * Each call is given a summary that operators read in the Temporal UI, so stubs are made per call:
 * making one is free, it records nothing in the history.
 */
final class SagaActivities {
  /** Attempts of one compensation before the saga flags the checkout and retries it later. */
  static final int COMPENSATION_ATTEMPTS = 10;

  /** Bounded: an authorization that cannot be captured is voided instead of kept forever. */
  static final Duration CAPTURE_WINDOW = ofMinutes(5);

  static final Duration EMAIL_WINDOW = ofHours(24);

  private static final RetryOptions INVENTORY_RETRY =
      RetryOptions.newBuilder()
          .setInitialInterval(ofMillis(200))
          .setBackoffCoefficient(2)
          .setMaximumInterval(ofSeconds(10))
          .setDoNotRetry(
              InventoryActivities.SOLD_OUT,
              InventoryActivities.UNKNOWN_TICKET_TYPE,
              InventoryActivities.HOLD_NOT_ACTIVE)
          .build();

  private static final RetryOptions PAYMENT_RETRY =
      RetryOptions.newBuilder()
          .setInitialInterval(ofMillis(500))
          .setBackoffCoefficient(2)
          .setMaximumInterval(ofSeconds(30))
          .setDoNotRetry(PaymentActivities.CARD_DECLINED, PaymentActivities.PAYMENT_REJECTED)
          .build();

  private static final RetryOptions EMAIL_RETRY =
      RetryOptions.newBuilder()
          .setInitialInterval(ofSeconds(1))
          .setBackoffCoefficient(2)
          .setMaximumInterval(ofMinutes(5))
          .build();

  /** Steps that must happen eventually: retried without limit. */
  private static final ActivityOptions INVENTORY = inventory(0);

  /** The API waits for the hold, so a database that keeps failing ends the checkout instead. */
  private static final ActivityOptions HOLDING = inventory(5);

  /** The database row is the frontend's view; a failure to update it must not stall the saga. */
  private static final ActivityOptions RECORDING = inventory(COMPENSATION_ATTEMPTS);

  private static final ActivityOptions COMPENSATING_INVENTORY = inventory(COMPENSATION_ATTEMPTS);

  /** The API waits for the authorization, so Stripe gets half a minute before the saga gives up. */
  private static final ActivityOptions AUTHORIZING = payments(0, ofSeconds(30));

  private static final ActivityOptions RETRIEVING = payments(0, ofMinutes(1));

  private static final ActivityOptions CAPTURING = payments(0, CAPTURE_WINDOW);

  private static final ActivityOptions COMPENSATING_PAYMENTS =
      payments(COMPENSATION_ATTEMPTS, null);

  /** Refunds and stray payments have nothing else to fall back on: retried until they succeed. */
  private static final ActivityOptions UNDOING = payments(0, null);

  private static final ActivityOptions EMAIL =
      options(EmailActivities.TASK_QUEUE, ofSeconds(30), EMAIL_WINDOW, EMAIL_RETRY, 0);

  InventoryActivities inventory(String summary) {
    return stub(InventoryActivities.class, INVENTORY, summary);
  }

  InventoryActivities holding(String summary) {
    return stub(InventoryActivities.class, HOLDING, summary);
  }

  InventoryActivities recording(String summary) {
    return stub(InventoryActivities.class, RECORDING, summary);
  }

  InventoryActivities compensatingInventory(String summary) {
    return stub(InventoryActivities.class, COMPENSATING_INVENTORY, summary);
  }

  PaymentActivities authorizing(String summary) {
    return stub(PaymentActivities.class, AUTHORIZING, summary);
  }

  PaymentActivities retrieving(String summary) {
    return stub(PaymentActivities.class, RETRIEVING, summary);
  }

  PaymentActivities capturing(String summary) {
    return stub(PaymentActivities.class, CAPTURING, summary);
  }

  PaymentActivities compensatingPayments(String summary) {
    return stub(PaymentActivities.class, COMPENSATING_PAYMENTS, summary);
  }

  PaymentActivities undoing(String summary) {
    return stub(PaymentActivities.class, UNDOING, summary);
  }

  EmailActivities email(String summary) {
    return stub(EmailActivities.class, EMAIL, summary);
  }

  private static <T> T stub(Class<T> type, ActivityOptions options, String summary) {
    return Workflow.newActivityStub(
        type, ActivityOptions.newBuilder(options).setSummary(summary).build());
  }

  private static ActivityOptions inventory(int attempts) {
    return options(InventoryActivities.TASK_QUEUE, ofSeconds(5), null, INVENTORY_RETRY, attempts);
  }

  /**
   * Ten seconds per attempt, above the worker's Stripe connect + read timeouts (2 s + 7 s): a
   * worker that dies mid-call costs one attempt's timeout, and authorization must still have most
   * of its 30 s left for the retry on another worker.
   */
  private static ActivityOptions payments(int attempts, Duration scheduleToClose) {
    return options(
        PaymentActivities.TASK_QUEUE, ofSeconds(10), scheduleToClose, PAYMENT_RETRY, attempts);
  }

  /** {@code attempts} 0 means unlimited, as in Temporal's own retry policy. */
  private static ActivityOptions options(
      String taskQueue,
      Duration startToClose,
      Duration scheduleToClose,
      RetryOptions retry,
      int attempts) {
    return ActivityOptions.newBuilder()
        .setTaskQueue(taskQueue)
        .setStartToCloseTimeout(startToClose)
        .setScheduleToCloseTimeout(scheduleToClose)
        .setRetryOptions(RetryOptions.newBuilder(retry).setMaximumAttempts(attempts).build())
        .build();
  }
}
