package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.checkout.contract.payment.RetrievePaymentRequest;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * Waits for whichever comes first: the buyer's authorization or failure (a webhook), a cancel, or
 * the seats' hold deadline.
 */
final class PaymentWait {
  private static final Logger log = Workflow.getLogger(PaymentWait.class);

  /**
   * Sagas since this version end {@code PAYMENT_FAILED}, not {@code EXPIRED}, when Stripe, asked at
   * the deadline, says the buyer's attempt failed: the failure's webhook was lost.
   */
  private static final String FAILED_WHEN_ASKED = "payment-failed-when-asked-at-deadline";

  /**
   * Sagas since this version end {@code EXPIRED} when, once the hold deadline has passed, the
   * intent turns out canceled: the cancellation is the saga's own void, from a workflow task that
   * ran the compensation and was then run again. The server refuses a task's completion when a
   * signal arrived while it ran (UnhandledCommand), and the void's own payment_intent.canceled
   * webhook often does; the task that runs again sees the timer and the cancellation side by side,
   * and asks Stripe about an intent it already voided.
   */
  private static final String OWN_VOID_AT_DEADLINE = "own-void-at-deadline-is-expiry";

  private final SagaActivities activities;
  private final Checkout checkout;
  private final PaymentEvents events;
  private final SagaVersion version;

  PaymentWait(
      SagaActivities activities, SagaVersion version, Checkout checkout, PaymentEvents events) {
    this.activities = activities;
    this.version = version;
    this.checkout = checkout;
    this.events = events;
  }

  void awaitPayment(PaymentIntentStatus intent) {
    boolean authorized = intent.isAuthorized() || awaitAuthorization(intent.paymentIntentId());
    // A cancel accepted while the saga waited wins over a payment that arrived at the same time.
    if (checkout.cancelRequested()) {
      throw CheckoutFailed.cancelled(checkout.cancelReason());
    }
    if (!authorized) {
      throw new CheckoutFailed(
          CheckoutStatus.EXPIRED,
          CheckoutFailure.EXPIRED,
          "The payment did not arrive before the seats' hold expired");
    }
  }

  private boolean awaitAuthorization(String intentId) {
    Duration untilHoldExpires =
        Duration.ofMillis(
            Math.max(1, checkout.expiresAt().toEpochMilli() - Workflow.currentTimeMillis()));
    checkout.currently(
        "Waiting for the buyer to pay "
            + intentId
            + " ("
            + checkout.paymentStatus()
            + ") until "
            + OperatorView.time(checkout.expiresAt())
            + "; then asks Stripe once and releases the seats.");
    checkout.waits();
    boolean beforeDeadline =
        Workflow.await(
            untilHoldExpires,
            () -> checkout.cancelRequested() || events.outcomeFor(intentId).isPresent());
    checkout.resumes();
    if (checkout.cancelRequested()) {
      return false;
    }
    Optional<PaymentUpdate> outcome = events.outcomeFor(intentId);
    if (outcome.isEmpty()) {
      return stripeSaysAuthorized(intentId);
    }
    checkout.paymentStatus(outcome.get().paymentStatus());
    if (!beforeDeadline && outcome.get().cancels() && version.since(OWN_VOID_AT_DEADLINE)) {
      return false;
    }
    if (!outcome.get().authorizes()) {
      throw paymentFailed(outcome.get());
    }
    return true;
  }

  /** Webhooks can be late or lost: Stripe itself has the last word before the hold expires. */
  private boolean stripeSaysAuthorized(String intentId) {
    checkout.currently(
        "The hold expired with no word from Stripe's webhooks: asking Stripe about "
            + intentId
            + " before releasing the seats.");
    try {
      RetrievePaymentRequest retrieve = new RetrievePaymentRequest(intentId);
      PaymentIntentStatus latest =
          activities.call(
              SagaActivities.RETRIEVE, "Ask Stripe about " + intentId, p -> p.retrieve(retrieve));
      checkout.paymentStatus(latest.status());
      if (latest.isCanceled() && version.since(OWN_VOID_AT_DEADLINE)) {
        return false;
      }
      if (latest.hasFailed() && version.includes(FAILED_WHEN_ASKED)) {
        throw paymentFailed(latest);
      }
      return latest.isAuthorized();
    } catch (ActivityFailure failure) {
      if (failure.getCause() instanceof CanceledFailure) {
        throw failure;
      }
      // Expiring is safe even if the buyer did pay: compensation voids whatever the intent became.
      log.warn("Could not ask Stripe about {}; letting the hold expire", intentId, failure);
      return false;
    }
  }

  /** Said as the failure webhook would have said it: the checkout ends the same either way. */
  private static CheckoutFailed paymentFailed(PaymentIntentStatus latest) {
    return latest.isCanceled()
        ? new CheckoutFailed(
            CheckoutStatus.PAYMENT_FAILED,
            CheckoutFailure.PAYMENT_FAILED,
            "The payment was canceled")
        : new CheckoutFailed(
            CheckoutStatus.PAYMENT_FAILED,
            CheckoutFailure.PAYMENT_DECLINED,
            "The payment failed (" + latest.lastErrorCode() + ")");
  }

  private static CheckoutFailed paymentFailed(PaymentUpdate update) {
    boolean declined = "payment_intent.payment_failed".equals(update.type());
    return new CheckoutFailed(
        CheckoutStatus.PAYMENT_FAILED,
        declined ? CheckoutFailure.PAYMENT_DECLINED : CheckoutFailure.PAYMENT_FAILED,
        declined
            ? "The payment failed (" + update.failureCode() + ")"
            : "The payment was canceled");
  }
}
