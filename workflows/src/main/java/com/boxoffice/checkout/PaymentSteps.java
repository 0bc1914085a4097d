package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.inventory.SeatHold;
import com.boxoffice.checkout.contract.payment.AuthorizeRequest;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.CaptureRequest;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.checkout.contract.payment.UndoPaymentRequest;
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
  private final StatusRecorder recorder;
  private final SagaVersion version;
  private boolean waitRecorded;

  PaymentSteps(
      SagaActivities activities, SagaVersion version, Checkout checkout, StatusRecorder recorder) {
    this.activities = activities;
    this.version = version;
    this.checkout = checkout;
    this.recorder = recorder;
  }

  /**
   * What Stripe is asked to authorize; a checkout cancelled while its seats were held ends here.
   */
  AuthorizeRequest authorization(CheckoutRequest request, SeatHold hold) {
    if (checkout.cancelRequested()) {
      throw CheckoutFailed.cancelled(checkout.cancelReason());
    }
    return new AuthorizeRequest(
        request.checkoutId(),
        workflowId + ":authorize",
        hold.amount(),
        request.paymentMethodId(),
        request.captureMethod(),
        request.customer().email(),
        hold.eventName());
  }

  PaymentIntentStatus authorize(AuthorizeRequest authorization) {
    String amount = OperatorView.money(authorization.amount());
    checkout.currently(
        "Authorizing "
            + amount
            + " with Stripe; the API waits for the answer. Seats held until "
            + OperatorView.time(checkout.expiresAt())
            + ".");
    PaymentIntentStatus intent;
    try {
      intent =
          activities.call(
              SagaActivities.AUTHORIZE,
              "Authorize " + amount + ", " + captureMethod(authorization.captureMethod()),
              p -> p.authorize(authorization));
    } catch (ActivityFailure failure) {
      throw authorizationFailed(failure);
    }
    checkout.paymentCreated(intent);
    // The API signals the saga Stripe's webhooks only while this row says it waits for them; since
    // the one-task saga, the database hears of the intent only when the saga waits for its buyer.
    boolean oneTask = version.oneTask();
    if (!oneTask || !intent.isAuthorized()) {
      recorder.record(
          new OrderStatusUpdate(
              authorization.checkoutId(),
              CheckoutStatus.AWAITING_PAYMENT.name(),
              intent.paymentIntentId(),
              intent.status(),
              null,
              null,
              null),
          oneTask ? SagaActivities.INVENTORY : SagaActivities.RECORD);
      waitRecorded = oneTask;
    }
    checkout.markPaymentReady();
    return intent;
  }

  /**
   * The saga no longer waits for Stripe's webhooks: the row says so before the saga's own calls
   * make Stripe send more (the capture's {@code succeeded}, the void's {@code canceled}), so that
   * the API does not signal them into the workflow task about to end the saga, which would make the
   * server refuse that task's completion and the task run again.
   */
  void stopsWaiting(CheckoutStatus next) {
    if (waitRecorded) {
      waitRecorded = false;
      recorder.record(
          OrderStatusUpdate.status(checkout.checkoutId(), next.name()), SagaActivities.RECORD);
    }
  }

  /** Automatic capture has already charged the card; the pivot then is only a formality. */
  void capture(CheckoutRequest request) {
    checkout.moveTo(CheckoutStatus.CAPTURING);
    stopsWaiting(CheckoutStatus.CAPTURING);
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
      CaptureRequest capture = new CaptureRequest(intentId, workflowId + ":capture");
      PaymentIntentStatus captured =
          activities.call(SagaActivities.CAPTURE, "Capture " + intentId, p -> p.capture(capture));
      checkout.paymentStatus(captured.status());
    } catch (ActivityFailure failure) {
      throw new CheckoutFailed(
          CheckoutStatus.PAYMENT_FAILED,
          CheckoutFailure.CAPTURE_FAILED,
          "The payment could not be captured",
          failure);
    }
  }

  /** The compensation of {@link #authorize}: voids the authorization, or refunds a charge. */
  void undo(AuthorizeRequest authorization) {
    String intentId = checkout.paymentIntentId();
    if (intentId == null && version.includes(RECOVER_LOST_AUTHORIZATION)) {
      intentId = recoverLostAuthorization(authorization);
    }
    if (intentId != null) {
      UndoPaymentRequest undo =
          new UndoPaymentRequest(intentId, workflowId + ":undo", checkout.failure().code());
      activities.call(
          SagaActivities.COMPENSATING_PAYMENTS, "Void or refund " + intentId, p -> p.undo(undo));
    }
  }

  /**
   * An authorization that failed without naming its intent may still have made one: Stripe can have
   * authorized the card while the answer was lost with the worker that asked. Stripe is asked
   * again, under the same key, so that the undo voids whatever it made.
   */
  private String recoverLostAuthorization(AuthorizeRequest authorization) {
    PaymentIntentStatus recovered =
        activities.call(
            SagaActivities.COMPENSATING_PAYMENTS,
            "Find the intent of an authorization whose answer was lost",
            p -> p.recoverAuthorization(authorization));
    if (recovered == null) {
      return null;
    }
    checkout.paymentIntentSeen(recovered.paymentIntentId());
    return recovered.paymentIntentId();
  }

  private static String captureMethod(CaptureMethod method) {
    return method == CaptureMethod.MANUAL
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
