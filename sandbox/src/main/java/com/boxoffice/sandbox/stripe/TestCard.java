package com.boxoffice.sandbox.stripe;

import java.util.Arrays;

/** Stripe's test payment methods and what confirming an intent with each one does. */
enum TestCard {
  VISA("pm_card_visa", Outcome.AUTHORIZE, null, null),
  MASTERCARD("pm_card_mastercard", Outcome.AUTHORIZE, null, null),
  AMEX("pm_card_amex", Outcome.AUTHORIZE, null, null),
  DECLINED("pm_card_chargeDeclined", Outcome.DECLINE, "generic_decline", "Your card was declined."),
  INSUFFICIENT_FUNDS(
      "pm_card_chargeDeclinedInsufficientFunds",
      Outcome.DECLINE,
      "insufficient_funds",
      "Your card has insufficient funds."),
  THREE_D_SECURE_2("pm_card_threeDSecure2Required", Outcome.CHALLENGE, null, null),
  AUTHENTICATION_REQUIRED("pm_card_authenticationRequired", Outcome.CHALLENGE, null, null);

  enum Outcome {
    AUTHORIZE,
    DECLINE,
    CHALLENGE
  }

  final String paymentMethod;
  final Outcome outcome;
  final String declineCode;
  final String declineMessage;

  TestCard(String paymentMethod, Outcome outcome, String declineCode, String declineMessage) {
    this.paymentMethod = paymentMethod;
    this.outcome = outcome;
    this.declineCode = declineCode;
    this.declineMessage = declineMessage;
  }

  /** The card, or Stripe's 400 for a payment method it does not know. */
  static TestCard of(String paymentMethod) {
    return Arrays.stream(values())
        .filter(card -> card.paymentMethod.equals(paymentMethod))
        .findFirst()
        .orElseThrow(
            () -> StripeApiException.noSuch("PaymentMethod", paymentMethod, "payment_method"));
  }
}
