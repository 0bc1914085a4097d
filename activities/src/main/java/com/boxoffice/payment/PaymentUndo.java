package com.boxoffice.payment;

import static com.boxoffice.payment.StripePaymentActivities.key;

import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.checkout.contract.payment.UndoPaymentRequest;
import com.boxoffice.checkout.contract.payment.UndoPaymentResult;
import com.boxoffice.checkout.contract.payment.UndoPaymentResult.Outcome;
import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;
import io.temporal.failure.ApplicationFailure;
import java.util.Set;

/**
 * Undoes an intent by what it has come to, read fresh from Stripe on every attempt: a void while
 * uncaptured, a refund of what is left once captured, nothing once canceled or refunded.
 */
final class PaymentUndo {
  private static final Set<String> UNCAPTURED =
      Set.of(
          "requires_payment_method",
          "requires_confirmation",
          "requires_action",
          "processing",
          "requires_capture");

  /** Stripe keeps metadata values to 500 characters. */
  private static final int METADATA_LIMIT = 500;

  private final StripeClient stripe;

  PaymentUndo(StripeClient stripe) {
    this.stripe = stripe;
  }

  UndoPaymentResult undo(UndoPaymentRequest request) {
    String id = request.paymentIntentId();
    PaymentIntent intent = Intents.retrieve(stripe, id, true);
    String status = intent.getStatus();
    if (UNCAPTURED.contains(status)) {
      return cancel(id, request.idempotencyKey() + ":cancel");
    }
    if ("succeeded".equals(status) && refundable(intent) > 0) {
      return refund(request, request.idempotencyKey() + ":refund");
    }
    if ("succeeded".equals(status) || "canceled".equals(status)) {
      return new UndoPaymentResult(id, Outcome.ALREADY_UNDONE, null);
    }
    throw ApplicationFailure.newNonRetryableFailure(
        "Undo " + id + ": no way to undo an intent in status " + status,
        PaymentActivities.PAYMENT_REJECTED);
  }

  private UndoPaymentResult cancel(String id, String key) {
    try {
      stripe.v1().paymentIntents().cancel(id, key(key));
      return new UndoPaymentResult(id, Outcome.VOIDED, null);
    } catch (InvalidRequestException e) {
      if (StripeFailures.isUnexpectedState(e)) {
        // Captured (or canceled) between our read and the cancel: the next attempt reads the new
        // status and refunds instead, so this must be retried, not failed.
        throw new StripeCallFailed("Cancel " + id + ": the intent changed state meanwhile", e);
      }
      throw StripeFailures.translate("Cancel " + id, e);
    } catch (StripeException e) {
      throw StripeFailures.translate("Cancel " + id, e);
    }
  }

  /** Without an amount Stripe refunds whatever is left, so a retry sends identical parameters. */
  private UndoPaymentResult refund(UndoPaymentRequest request, String key) {
    String id = request.paymentIntentId();
    RefundCreateParams.Builder params = RefundCreateParams.builder().setPaymentIntent(id);
    if (request.reason() != null) {
      params.putMetadata("reason", truncate(request.reason()));
    }
    try {
      Refund refund = stripe.v1().refunds().create(params.build(), key(key));
      return new UndoPaymentResult(id, Outcome.REFUNDED, refund.getId());
    } catch (InvalidRequestException e) {
      if ("charge_already_refunded".equals(e.getCode())) {
        return new UndoPaymentResult(id, Outcome.ALREADY_UNDONE, null);
      }
      throw StripeFailures.translate("Refund " + id, e);
    } catch (StripeException e) {
      throw StripeFailures.translate("Refund " + id, e);
    }
  }

  private static long refundable(PaymentIntent intent) {
    Charge charge = intent.getLatestChargeObject();
    long received = intent.getAmountReceived() == null ? 0 : intent.getAmountReceived();
    long refunded =
        charge == null || charge.getAmountRefunded() == null ? 0 : charge.getAmountRefunded();
    return received - refunded;
  }

  private static String truncate(String value) {
    return value.length() <= METADATA_LIMIT ? value : value.substring(0, METADATA_LIMIT);
  }
}
