package com.boxoffice.checkout.contract.payment;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A PaymentIntent as Stripe last reported it. {@code status} is Stripe's own word
 * (requires_payment_method, requires_confirmation, requires_action, processing, requires_capture,
 * canceled, succeeded). The derived {@code is...} answers are {@link JsonIgnore}d: Temporal's JSON
 * converter would otherwise write them as fields that it then refuses to read back.
 */
public record PaymentIntentStatus(
    String paymentIntentId,
    String clientSecret,
    String status,
    long amountCapturable,
    long amountReceived,
    String lastErrorCode,
    String lastErrorMessage) {

  @JsonIgnore
  public boolean isAuthorized() {
    return "requires_capture".equals(status) || isCaptured();
  }

  @JsonIgnore
  public boolean isCaptured() {
    return "succeeded".equals(status);
  }

  @JsonIgnore
  public boolean isCanceled() {
    return "canceled".equals(status);
  }

  /** A failed attempt leaves the intent waiting for another payment method. */
  public boolean hasFailed() {
    return isCanceled() || ("requires_payment_method".equals(status) && lastErrorCode != null);
  }
}
