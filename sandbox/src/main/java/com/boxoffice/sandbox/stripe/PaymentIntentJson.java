package com.boxoffice.sandbox.stripe;

import java.util.LinkedHashMap;
import java.util.Map;

/** Renders an intent, and its latest charge, as Stripe's JSON objects. */
final class PaymentIntentJson {
  private PaymentIntentJson() {}

  static Map<String, Object> intent(
      PaymentIntent intent, PaymentIntent.State state, boolean expandCharge) {
    PaymentIntent.Creation creation = intent.creation;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", intent.id);
    json.put("object", "payment_intent");
    json.put("amount", creation.amount());
    json.put("amount_capturable", state.amountCapturable());
    json.put("amount_received", state.amountReceived());
    json.put("automatic_payment_methods", creation.automaticPaymentMethods());
    json.put("canceled_at", state.canceledAt());
    json.put("cancellation_reason", state.cancellationReason());
    json.put("capture_method", creation.captureMethod());
    json.put("client_secret", intent.clientSecret);
    json.put("confirmation_method", "automatic");
    json.put("created", intent.created);
    json.put("currency", creation.currency());
    json.put("customer", null);
    json.put("description", creation.description());
    json.put("last_payment_error", state.lastPaymentError());
    json.put(
        "latest_charge",
        expandCharge && state.latestCharge() != null
            ? charge(intent, state)
            : state.latestCharge());
    json.put("livemode", false);
    json.put("metadata", creation.metadata());
    json.put("next_action", state.nextAction());
    json.put("payment_method", state.paymentMethod());
    json.put("payment_method_types", creation.paymentMethodTypes());
    json.put("receipt_email", creation.receiptEmail());
    json.put("status", state.status());
    return json;
  }

  static Map<String, Object> charge(PaymentIntent intent, PaymentIntent.State state) {
    boolean failed = state.chargeFailed();
    long captured = state.amountReceived();
    long refunded = state.amountRefunded();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", state.latestCharge());
    json.put("object", "charge");
    json.put("amount", intent.creation.amount());
    json.put("amount_captured", captured);
    json.put("amount_refunded", refunded);
    json.put("captured", state.captureCount() > 0);
    json.put("created", intent.created);
    json.put("currency", intent.creation.currency());
    json.put("description", intent.creation.description());
    json.put("failure_code", failed ? "card_declined" : null);
    json.put("livemode", false);
    json.put("metadata", intent.creation.metadata());
    json.put("paid", !failed);
    json.put("payment_intent", intent.id);
    json.put("payment_method", state.paymentMethod());
    json.put("receipt_email", intent.creation.receiptEmail());
    json.put("refunded", captured > 0 && refunded == captured);
    json.put("status", failed ? "failed" : "succeeded");
    return json;
  }
}
