package com.boxoffice.sandbox.stripe;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * An intent as {@code GET /sandbox/payment_intents} shows it, in Stripe's snake_case. {@code
 * captureCount} counts successful captures, so a test can prove that nothing was captured twice.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record IntentView(
    String id,
    String status,
    long amount,
    String currency,
    String captureMethod,
    long amountCapturable,
    long amountReceived,
    long amountRefunded,
    List<Refund.View> refunds,
    Map<String, String> metadata,
    String paymentMethod,
    int captureCount,
    long created) {

  static IntentView of(PaymentIntent intent, PaymentIntent.State state) {
    return new IntentView(
        intent.id,
        state.status(),
        intent.creation.amount(),
        intent.creation.currency(),
        intent.creation.captureMethod(),
        state.amountCapturable(),
        state.amountReceived(),
        state.amountRefunded(),
        state.refunds().stream().map(Refund::view).toList(),
        intent.creation.metadata(),
        state.paymentMethod(),
        state.captureCount(),
        intent.created);
  }
}
