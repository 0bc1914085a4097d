package com.boxoffice.payment;

import com.boxoffice.checkout.contract.payment.AuthorizeRequest;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.CaptureRequest;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.checkout.contract.payment.RetrievePaymentRequest;
import com.boxoffice.checkout.contract.payment.UndoPaymentRequest;
import com.boxoffice.checkout.contract.payment.UndoPaymentResult;
import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentCreateParams.AutomaticPaymentMethods;
import com.stripe.service.PaymentIntentService;
import io.temporal.failure.ApplicationFailure;

/**
 * Stripe PaymentIntents through stripe-java. Every write carries the caller's idempotency key, so a
 * retried activity returns what the first attempt did instead of charging again.
 */
public class StripePaymentActivities implements PaymentActivities {
  private final StripeClient stripe;
  private final PaymentUndo undo;

  /**
   * Build the client with {@link StripeSettings#client}: it disables the client's retries, and
   * takes a permit of the cluster's Stripe quota before every request this class or its helpers
   * send.
   */
  public StripePaymentActivities(StripeClient stripe) {
    this.stripe = stripe;
    this.undo = new PaymentUndo(stripe);
  }

  @Override
  public PaymentIntentStatus authorize(AuthorizeRequest request) {
    try {
      return Intents.status(intents().create(createParams(request), key(request.idempotencyKey())));
    } catch (StripeException e) {
      throw StripeFailures.translate("Authorize checkout " + request.checkoutId(), e);
    }
  }

  /**
   * Stripe answers a key it has seen with its first answer, a decline included; a request it
   * refused left nothing behind (Stripe stores no answer for a rejected request, so the refusal
   * comes again).
   */
  @Override
  public PaymentIntentStatus recoverAuthorization(AuthorizeRequest request) {
    try {
      return Intents.status(intents().create(createParams(request), key(request.idempotencyKey())));
    } catch (CardException declined) {
      StripeError error = declined.getStripeError();
      PaymentIntent intent = error == null ? null : error.getPaymentIntent();
      return intent == null ? null : Intents.status(intent);
    } catch (InvalidRequestException | IdempotencyException refused) {
      return null;
    } catch (StripeException e) {
      throw StripeFailures.translate("Recover the authorization of " + request.checkoutId(), e);
    }
  }

  @Override
  public PaymentIntentStatus retrieve(RetrievePaymentRequest request) {
    return Intents.status(Intents.retrieve(stripe, request.paymentIntentId(), false));
  }

  /**
   * Captures once, whatever the keys: an intent some earlier call already captured is returned as
   * it is, because a capture the workflow never heard back from must not fail the saga.
   */
  @Override
  public PaymentIntentStatus capture(CaptureRequest request) {
    String id = request.paymentIntentId();
    String action = "Capture " + id;
    try {
      return Intents.status(intents().capture(id, key(request.idempotencyKey())));
    } catch (InvalidRequestException e) {
      if (!StripeFailures.isUnexpectedState(e)) {
        throw StripeFailures.translate(action, e);
      }
      PaymentIntentStatus current = Intents.status(Intents.retrieve(stripe, id, false));
      if (current.isCaptured()) {
        return current;
      }
      throw ApplicationFailure.newNonRetryableFailureWithCause(
          action + ": the intent is " + current.status() + ", not capturable",
          PAYMENT_REJECTED,
          e,
          e.getCode());
    } catch (StripeException e) {
      throw StripeFailures.translate(action, e);
    }
  }

  @Override
  public UndoPaymentResult undo(UndoPaymentRequest request) {
    return undo.undo(request);
  }

  private PaymentIntentService intents() {
    return stripe.v1().paymentIntents();
  }

  private static PaymentIntentCreateParams createParams(AuthorizeRequest request) {
    PaymentIntentCreateParams.Builder params =
        PaymentIntentCreateParams.builder()
            .setAmount(request.amount().value())
            .setCurrency(request.amount().currency())
            .setCaptureMethod(
                request.captureMethod() == CaptureMethod.AUTOMATIC
                    ? PaymentIntentCreateParams.CaptureMethod.AUTOMATIC
                    : PaymentIntentCreateParams.CaptureMethod.MANUAL)
            .putMetadata(Intents.CHECKOUT_ID, request.checkoutId())
            .setDescription(request.description())
            .setReceiptEmail(request.customerEmail())
            // Without redirects Stripe confirms server-side with no return URL; a card that needs
            // 3-D Secure still works: the intent waits in requires_action for the buyer's browser.
            .setAutomaticPaymentMethods(
                AutomaticPaymentMethods.builder()
                    .setEnabled(true)
                    .setAllowRedirects(AutomaticPaymentMethods.AllowRedirects.NEVER)
                    .build());
    if (request.paymentMethodId() != null) {
      params.setPaymentMethod(request.paymentMethodId()).setConfirm(true);
    }
    return params.build();
  }

  static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }
}
