package com.boxoffice.checkout;

import com.boxoffice.inventory.OrderStatusUpdate;
import com.boxoffice.inventory.SeatHold;
import com.boxoffice.payment.AuthorizeRequest;
import com.boxoffice.payment.CaptureMethod;
import com.boxoffice.payment.CaptureRequest;
import com.boxoffice.payment.PaymentActivities;
import com.boxoffice.payment.PaymentIntentStatus;
import com.boxoffice.payment.UndoPaymentRequest;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;

/** The saga's steps on the PaymentIntent: authorize, capture, and undo as compensation. */
final class PaymentSteps {
  /** Undoing a payment first recovers an authorization whose answer never came. */
  private static final String RECOVER_LOST_AUTHORIZATION = "recover-lost-authorization";

  private final String workflowId = Workflow.getInfo().getWorkflowId();
  private final SagaActivities activities;
  private final Checkout checkout;
  private final Compensations compensations;
  private final StatusRecorder recorder;

  PaymentSteps(
      SagaActivities activities,
      Checkout checkout,
      Compensations compensations,
      StatusRecorder recorder) {
    this.activities = activities;
    this.checkout = checkout;
    this.compensations = compensations;
    this.recorder = recorder;
  }

  PaymentIntentStatus authorize(CheckoutRequest request, SeatHold hold) {
    if (checkout.cancelRequested()) {
      throw CheckoutFailed.cancelled(checkout.cancelReason());
    }
    String amount = OperatorView.money(hold.amount());
    AuthorizeRequest authorization =
        new AuthorizeRequest(
            request.checkoutId(),
            workflowId + ":authorize",
            hold.amount(),
            request.paymentMethodId(),
            request.captureMethod(),
            request.customer().email(),
            hold.eventName());
    compensations.add("undo payment", () -> undo(authorization));
    checkout.currently(
        "Authorizing "
            + amount
            + " with Stripe; the API waits for the answer. Seats held until "
            + OperatorView.time(checkout.expiresAt())
            + ".");
    PaymentIntentStatus intent;
    try {
      intent =
          activities
              .authorizing("Authorize " + amount + ", " + captureMethod(request))
              .authorize(authorization);
    } catch (ActivityFailure failure) {
      throw authorizationFailed(failure);
    }
    checkout.paymentCreated(intent);
    recorder.record(
        new OrderStatusUpdate(
            request.checkoutId(),
            CheckoutStatus.AWAITING_PAYMENT.name(),
            intent.paymentIntentId(),
            intent.status(),
            null,
            null,
            null));
    checkout.markPaymentReady();
    return intent;
  }

  /** Automatic capture has already charged the card; the pivot then is only a formality. */
  void capture(CheckoutRequest request) {
    checkout.moveTo(CheckoutStatus.CAPTURING);
    if (request.captureMethod() != CaptureMethod.MANUAL
        || "succeeded".equals(checkout.paymentStatus())) {
      return;
    }
    String intentId = checkout.paymentIntentId();
    checkout.currently(
        "Capturing "
            + intentId
            + ", retried for up to "
            + SagaActivities.CAPTURE_WINDOW.toMinutes()
            + " minutes; then the payment is voided and the seats released.");
    try {
      PaymentIntentStatus captured =
          activities
              .capturing("Capture " + intentId)
              .capture(new CaptureRequest(intentId, workflowId + ":capture"));
      checkout.paymentStatus(captured.status());
    } catch (ActivityFailure failure) {
      throw new CheckoutFailed(
          CheckoutStatus.PAYMENT_FAILED,
          CheckoutFailure.CAPTURE_FAILED,
          "The payment could not be captured",
          failure);
    }
  }

  private void undo(AuthorizeRequest authorization) {
    String intentId = checkout.paymentIntentId();
    if (intentId == null
        && Workflow.getVersion(RECOVER_LOST_AUTHORIZATION, Workflow.DEFAULT_VERSION, 1) == 1) {
      intentId = recoverLostAuthorization(authorization);
    }
    if (intentId != null) {
      activities
          .compensatingPayments("Void or refund " + intentId)
          .undo(new UndoPaymentRequest(intentId, workflowId + ":undo", checkout.failure().code()));
    }
  }

  /**
   * An authorization that failed without naming its intent may still have made one: Stripe can have
   * authorized the card while the answer was lost with the worker that asked. Stripe is asked
   * again, under the same key, so that the undo voids whatever it made.
   */
  private String recoverLostAuthorization(AuthorizeRequest authorization) {
    PaymentIntentStatus recovered =
        activities
            .compensatingPayments("Find the intent of an authorization whose answer was lost")
            .recoverAuthorization(authorization);
    if (recovered == null) {
      return null;
    }
    checkout.paymentIntentSeen(recovered.paymentIntentId());
    return recovered.paymentIntentId();
  }

  private static String captureMethod(CheckoutRequest request) {
    return request.captureMethod() == CaptureMethod.MANUAL
        ? "manual capture"
        : "charged at once (automatic capture)";
  }

  private CheckoutFailed authorizationFailed(ActivityFailure failure) {
    if (failure.getCause() instanceof CanceledFailure) {
      throw failure;
    }
    if (failure.getCause() instanceof ApplicationFailure decline
        && PaymentActivities.CARD_DECLINED.equals(decline.getType())) {
      String intentId = detail(decline, 0);
      if (intentId != null) {
        checkout.paymentIntentSeen(intentId);
      }
      return new CheckoutFailed(
          CheckoutStatus.PAYMENT_FAILED,
          CheckoutFailure.PAYMENT_DECLINED,
          "The card was declined (" + detail(decline, 1) + ")",
          failure);
    }
    return new CheckoutFailed(
        CheckoutStatus.PAYMENT_FAILED,
        CheckoutFailure.PAYMENT_FAILED,
        "The payment could not be authorized; please try again",
        failure);
  }

  private static String detail(ApplicationFailure failure, int index) {
    return failure.getDetails().getSize() > index
        ? failure.getDetails().get(index, String.class)
        : null;
  }
}
