package com.boxoffice.sandbox.stripe;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * An answer in Stripe's error shape, {@code {"error": {type, code, param, message, …}}}, which
 * stripe-java turns into its typed exceptions by status and {@code type}.
 */
final class StripeApiException extends RuntimeException {
  private final int status;
  private final Map<String, Object> error;

  private StripeApiException(int status, Map<String, Object> error) {
    super((String) error.get("message"));
    this.status = status;
    this.error = error;
  }

  static StripeApiException invalidRequest(String code, String param, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "invalid_request_error");
    if (code != null) {
      error.put("code", code);
      error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
    }
    if (param != null) {
      error.put("param", param);
    }
    error.put("message", message);
    return new StripeApiException(400, error);
  }

  static StripeApiException missing(String param) {
    return invalidRequest("parameter_missing", param, "Missing required param: " + param + ".");
  }

  static StripeApiException noSuch(String resource, String id, String param) {
    StripeApiException e =
        invalidRequest("resource_missing", param, "No such " + resource + ": '" + id + "'");
    return param.equals("id") ? new StripeApiException(404, e.error) : e;
  }

  /** A request the intent's status does not allow; Stripe attaches the intent. */
  static StripeApiException unexpectedState(
      PaymentIntent intent, String done, Collection<String> allowed) {
    return unexpectedState(
        intent,
        "This PaymentIntent could not be "
            + done
            + " because it has a status of "
            + intent.status()
            + ". Only a PaymentIntent with one of the following statuses may be "
            + done
            + ": "
            + String.join(", ", new TreeSet<>(allowed))
            + ".");
  }

  /** A request the intent's status does not allow; Stripe attaches the intent. */
  static StripeApiException unexpectedState(PaymentIntent intent, String message) {
    StripeApiException e = invalidRequest("payment_intent_unexpected_state", null, message);
    e.error.put("payment_intent", intent.json(false));
    return e;
  }

  /** A decline: HTTP 402 with the declined intent, as stripe-java's {@code CardException}. */
  static StripeApiException card(PaymentIntent intent) {
    Map<String, Object> error = new LinkedHashMap<>(intent.lastPaymentError());
    error.put("payment_intent", intent.json(false));
    return new StripeApiException(402, error);
  }

  static StripeApiException idempotency(String key) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "idempotency_error");
    error.put(
        "message",
        "Keys for idempotent requests can only be used with the same parameters they were first"
            + " used with. Try using a key other than '"
            + key
            + "' if you meant to execute a different request.");
    return new StripeApiException(400, error);
  }

  static StripeApiException unauthorized(String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "invalid_request_error");
    error.put("message", message);
    return new StripeApiException(401, error);
  }

  int status() {
    return status;
  }

  Map<String, Object> body() {
    return Map.of("error", error);
  }
}
