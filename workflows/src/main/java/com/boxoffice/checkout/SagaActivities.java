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
 */
final class SagaActivities {
  /** Attempts of one compensation before the saga flags the checkout and retries it later. */
  static final int COMPENSATION_ATTEMPTS = 10;

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
  final InventoryActivities inventory = inventory(0);

  /** The API waits for the hold, so a database that keeps failing ends the checkout instead. */
  final InventoryActivities holding = inventory(5);

  /** The database row is the frontend's view; a failure to update it must not stall the saga. */
  final InventoryActivities recording = inventory(COMPENSATION_ATTEMPTS);

  final InventoryActivities compensatingInventory = inventory(COMPENSATION_ATTEMPTS);

  /** The API waits for the authorization, so Stripe gets half a minute before the saga gives up. */
  final PaymentActivities authorizing = payments(0, ofSeconds(30));

  final PaymentActivities retrieving = payments(0, ofMinutes(1));

  /** Bounded: an authorization that cannot be captured is voided instead of kept forever. */
  final PaymentActivities capturing = payments(0, ofMinutes(5));

  final PaymentActivities compensatingPayments = payments(COMPENSATION_ATTEMPTS, null);

  /** Refunds and stray payments have nothing else to fall back on: retried until they succeed. */
  final PaymentActivities undoing = payments(0, null);

  final EmailActivities email =
      Workflow.newActivityStub(
          EmailActivities.class,
          ActivityOptions.newBuilder()
              .setTaskQueue(EmailActivities.TASK_QUEUE)
              .setStartToCloseTimeout(ofSeconds(30))
              .setScheduleToCloseTimeout(ofHours(24))
              .setRetryOptions(EMAIL_RETRY)
              .build());

  private static InventoryActivities inventory(int attempts) {
    return Workflow.newActivityStub(
        InventoryActivities.class,
        options(InventoryActivities.TASK_QUEUE, ofSeconds(5), null, INVENTORY_RETRY, attempts));
  }

  private static PaymentActivities payments(int attempts, Duration scheduleToClose) {
    return Workflow.newActivityStub(
        PaymentActivities.class,
        options(
            PaymentActivities.TASK_QUEUE, ofSeconds(20), scheduleToClose, PAYMENT_RETRY, attempts));
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
