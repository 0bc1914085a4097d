package com.boxoffice.checkout;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import com.boxoffice.email.EmailActivities;
import com.boxoffice.inventory.InventoryActivities;
import com.boxoffice.payment.PaymentActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Every activity stub the sagas use, each with the timeouts and retries its step needs. Task queues
 * come from the activity contracts, so moving a capability to its own workers changes only them.
 * Each call is given a summary that operators read in the Temporal UI, so stubs are made per call:
 * making one is free, it records nothing in the history.
 *
 * <p>Inventory steps are short database calls, so since {@link #LOCAL_INVENTORY} version 1 they run
 * as local activities, in the workflow task that asked for them: each saves the server a round trip
 * of activity task, poll and new workflow task, which is most of what a buyer waits for. They run
 * on the same {@code checkout} workers as before, which hold the database pool. Checkouts started
 * before that version replay with the activities they scheduled.
 */
final class SagaActivities {
  /** The change id of the switch of inventory steps to local activities. */
  static final String LOCAL_INVENTORY = "inventory-as-local-activities";

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
  private static final int UNLIMITED = 0;

  private static final Duration LOCAL_RETRY_THRESHOLD = ofSeconds(2);

  /** The API waits for the hold, so a database that keeps failing ends the checkout instead. */
  private static final int HOLD_ATTEMPTS = 5;

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

  private Boolean localInventory;

  InventoryActivities inventory(String summary) {
    return inventory(UNLIMITED, summary);
  }

  InventoryActivities holding(String summary) {
    return inventory(HOLD_ATTEMPTS, summary);
  }

  /** The database row is the frontend's view; a failure to update it must not stall the saga. */
  InventoryActivities recording(String summary) {
    return inventory(COMPENSATION_ATTEMPTS, summary);
  }

  InventoryActivities compensatingInventory(String summary) {
    return inventory(COMPENSATION_ATTEMPTS, summary);
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

  private InventoryActivities inventory(int attempts, String summary) {
    if (!localInventory()) {
      ActivityOptions options =
          options(InventoryActivities.TASK_QUEUE, ofSeconds(5), null, INVENTORY_RETRY, attempts);
      return stub(InventoryActivities.class, options, summary);
    }
    return Workflow.newLocalActivityStub(
        InventoryActivities.class,
        LocalActivityOptions.newBuilder()
            .setStartToCloseTimeout(ofSeconds(5))
            // A longer backoff waits on a durable timer, not in the worker holding the task.
            .setLocalRetryThreshold(LOCAL_RETRY_THRESHOLD)
            .setRetryOptions(retry(INVENTORY_RETRY, attempts))
            .setSummary(summary)
            .build());
  }

  /** Decided once per run, at its first inventory step, and recorded in its history. */
  private boolean localInventory() {
    if (localInventory == null) {
      localInventory = Workflow.getVersion(LOCAL_INVENTORY, Workflow.DEFAULT_VERSION, 1) == 1;
    }
    return localInventory;
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
        .setRetryOptions(retry(retry, attempts))
        .build();
  }

  /** {@code attempts} 0 means unlimited, as in Temporal's own retry policy. */
  private static RetryOptions retry(RetryOptions policy, int attempts) {
    return RetryOptions.newBuilder(policy).setMaximumAttempts(attempts).build();
  }
}
