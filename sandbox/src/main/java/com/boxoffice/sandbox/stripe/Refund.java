package com.boxoffice.sandbox.stripe;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Refund; the sandbox only makes refunds that succeed at once. */
record Refund(
    String id,
    long amount,
    String currency,
    String charge,
    String paymentIntent,
    String reason,
    Map<String, String> metadata,
    long created) {

  /** What {@code GET /sandbox/payment_intents} shows of a refund. */
  record View(String id, long amount, String reason, String status) {}

  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("object", "refund");
    json.put("amount", amount);
    json.put("balance_transaction", null);
    json.put("charge", charge);
    json.put("created", created);
    json.put("currency", currency);
    json.put("metadata", metadata);
    json.put("payment_intent", paymentIntent);
    json.put("reason", reason);
    json.put("status", "succeeded");
    return json;
  }

  View view() {
    return new View(id, amount, reason, "succeeded");
  }
}
