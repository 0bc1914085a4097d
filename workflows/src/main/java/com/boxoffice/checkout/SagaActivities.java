package com.boxoffice.checkout;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import com.boxoffice.checkout.contract.email.EmailActivities;
import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Functions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Every step the sagas call, each with the timeouts and retries it needs, and how it runs.
 *
 * <p>Since {@link SagaVersion#ONE_TASK} every step of a checkout runs as a local activity on the
 * {@code checkout} workers, in the workflow task that asked for it ({@link RetryRounds}): a card
 * that needs no 3-D Secure is held, authorized, captured, confirmed and emailed in the one task
 * that the API's update-with-start opens. Sagas started before it replay as they ran: inventory
 * steps local since {@link #LOCAL_INVENTORY}, Stripe and SendGrid calls regular activities on the
 * queues their contracts name. Refunds and stray payments stay regular activities.
 *
 * <p>Each call is given a summary that operators read in the Temporal UI, so stubs are made per
 * call: making one is free, it records nothing in the history.
 */
final class SagaActivities {
  /** The change id of the switch of inventory steps to local activities. */
  static final String LOCAL_INVENTORY = "inventory-as-local-activities";

  /** Attempts of one compensation before the saga flags the checkout and retries it later. */
  static final int COMPENSATION_ATTEMPTS = 10;

  /** Bounded: an authorization that cannot be captured is voided instead of kept forever. */
  static final Duration CAPTURE_WINDOW = ofMinutes(5);

  static final Duration EMAIL_WINDOW = ofHours(24);

  /** Steps that must happen eventually: retried without limit. */
  private static final int UNLIMITED = 0;

  /** The API waits for the hold, so a database that keeps failing ends the checkout instead. */
  private static final int HOLD_ATTEMPTS = 5;

  /** Pauses up to this long are spent in the worker; longer ones on a durable timer. */
  private static final Duration IN_TASK = ofSeconds(1);

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

  static final Step<InventoryActivities> HOLD = inventory(HOLD_ATTEMPTS);

  /** Confirmation and ticket revocation: retried until the database answers. */
  static final Step<InventoryActivities> INVENTORY = inventory(UNLIMITED);

  /** The database row is the frontend's view; a failure to update it must not stall the saga. */
  static final Step<InventoryActivities> RECORD = inventory(COMPENSATION_ATTEMPTS);

  static final Step<InventoryActivities> COMPENSATING_INVENTORY = inventory(COMPENSATION_ATTEMPTS);

  /** The API waits for the authorization, so Stripe gets half a minute before the saga gives up. */
  static final Step<PaymentActivities> AUTHORIZE = payments(UNLIMITED, ofSeconds(30));

  static final Step<PaymentActivities> RETRIEVE = payments(UNLIMITED, ofMinutes(1));

  static final Step<PaymentActivities> CAPTURE = payments(UNLIMITED, CAPTURE_WINDOW);

  static final Step<PaymentActivities> COMPENSATING_PAYMENTS =
      payments(COMPENSATION_ATTEMPTS, null);

  /** Refunds and stray payments have nothing else to fall back on: retried until they succeed. */
  static final Step<PaymentActivities> UNDO = payments(UNLIMITED, null);

  /**
   * No retry inside the task: the buyer's answer waits for the task to end, and a mail can wait.
   * Ten seconds per attempt, above SendGrid's connect + read timeouts (2 s + 5 s): two attempts
   * never send at once (see the delivery ledger).
   */
  static final Step<EmailActivities> EMAIL =
      new Step<>(
          EmailActivities.class,
          EmailActivities.TASK_QUEUE,
          ofSeconds(10),
          EMAIL_WINDOW,
          EMAIL_RETRY,
          Duration.ZERO);

  private static final Duration LOCAL_RETRY_THRESHOLD = ofSeconds(2);

  private Boolean localInventory;
  private RetryRounds rounds;

  /** Sagas since {@link SagaVersion#ONE_TASK} run every step in rounds of local attempts. */
  void runLocally(RetryRounds rounds) {
    this.rounds = rounds;
  }

  <A, R> R call(Step<A> step, String summary, Functions.Func1<A, R> call) {
    if (rounds != null) {
      return rounds.call(step, summary, call);
    }
    return call.apply(stub(step, summary));
  }

  <A> void run(Step<A> step, String summary, Functions.Proc1<A> call) {
    call(
        step,
        summary,
        stub -> {
          call.apply(stub);
          return null;
        });
  }

  /**
   * As sagas before {@link SagaVersion#ONE_TASK} ran the step, and refunds and stray payments still
   * do.
   */
  private <A> A stub(Step<A> step, String summary) {
    if (step.type() == InventoryActivities.class && localInventory()) {
      return Workflow.newLocalActivityStub(
          step.type(),
          LocalActivityOptions.newBuilder()
              .setStartToCloseTimeout(step.startToClose())
              // A longer backoff waits on a durable timer, not in the worker holding the task.
              .setLocalRetryThreshold(LOCAL_RETRY_THRESHOLD)
              .setRetryOptions(step.retry())
              .setSummary(summary)
              .build());
    }
    return Workflow.newActivityStub(
        step.type(),
        ActivityOptions.newBuilder()
            .setTaskQueue(step.taskQueue())
            .setStartToCloseTimeout(step.startToClose())
            .setScheduleToCloseTimeout(step.window())
            .setRetryOptions(step.retry())
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

  private static Step<InventoryActivities> inventory(int attempts) {
    return new Step<>(
        InventoryActivities.class,
        InventoryActivities.TASK_QUEUE,
        ofSeconds(5),
        null,
        retry(INVENTORY_RETRY, attempts),
        IN_TASK);
  }

  /**
   * Ten seconds per attempt, above the worker's Stripe connect + read timeouts (2 s + 7 s): a
   * worker that dies mid-call costs one attempt's timeout, and authorization must still have most
   * of its 30 s left for the retry on another worker.
   */
  private static Step<PaymentActivities> payments(int attempts, Duration window) {
    return new Step<>(
        PaymentActivities.class,
        PaymentActivities.TASK_QUEUE,
        ofSeconds(10),
        window,
        retry(PAYMENT_RETRY, attempts),
        IN_TASK);
  }

  /** {@code attempts} 0 means unlimited, as in Temporal's own retry policy. */
  private static RetryOptions retry(RetryOptions policy, int attempts) {
    return RetryOptions.newBuilder(policy).setMaximumAttempts(attempts).build();
  }
}
