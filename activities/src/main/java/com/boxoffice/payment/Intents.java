package com.boxoffice.payment;

import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import com.stripe.param.PaymentIntentRetrieveParams;

/** Reads intents and maps them to the workflow's record. */
final class Intents {
  static final String CHECKOUT_ID = "checkout_id";

  private Intents() {}

  /** {@code withCharge} expands the latest charge, whose refunds an undo needs to see. */
  static PaymentIntent retrieve(StripeClient stripe, String id, boolean withCharge) {
    PaymentIntentRetrieveParams.Builder params = PaymentIntentRetrieveParams.builder();
    if (withCharge) {
      params.addExpand("latest_charge");
    }
    try {
      return stripe.v1().paymentIntents().retrieve(id, params.build());
    } catch (StripeException e) {
      throw StripeFailures.translate("Retrieve " + id, e);
    }
  }

  static PaymentIntentStatus status(PaymentIntent intent) {
    StripeError error = intent.getLastPaymentError();
    return new PaymentIntentStatus(
        intent.getId(),
        intent.getClientSecret(),
        intent.getStatus(),
        orZero(intent.getAmountCapturable()),
        orZero(intent.getAmountReceived()),
        error == null ? null : errorCode(error),
        error == null ? null : error.getMessage());
  }

  /** The decline code says more than Stripe's generic {@code card_declined}. */
  private static String errorCode(StripeError error) {
    if (error.getDeclineCode() != null) {
      return error.getDeclineCode();
    }
    return error.getCode() != null ? error.getCode() : error.getType();
  }

  private static long orZero(Long amount) {
    return amount == null ? 0 : amount;
  }
}
