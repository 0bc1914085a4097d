package com.boxoffice.sandbox.stripe;

import com.boxoffice.sandbox.StripeIds;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The objects around a payment attempt: the decline or authentication error, the 3-D Secure next
 * action and the payment method they name.
 */
final class ChargeJson {
  private ChargeJson() {}

  static Map<String, Object> cardError(
      String declineCode, String message, String charge, String paymentMethod) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "card_error");
    error.put("code", "card_declined");
    error.put("decline_code", declineCode);
    error.put("message", message);
    error.put("charge", charge);
    error.put("doc_url", "https://stripe.com/docs/error-codes/card-declined");
    error.put("payment_method", paymentMethod(paymentMethod));
    return error;
  }

  static Map<String, Object> authenticationFailure(String paymentMethod) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "invalid_request_error");
    error.put("code", "payment_intent_authentication_failure");
    error.put(
        "message",
        "The provided PaymentMethod has failed authentication. You can provide"
            + " payment_method_data or a new PaymentMethod to attempt to fulfill this"
            + " PaymentIntent again.");
    error.put(
        "doc_url", "https://stripe.com/docs/error-codes/payment-intent-authentication-failure");
    error.put("payment_method", paymentMethod(paymentMethod));
    return error;
  }

  static Map<String, Object> threeDSecureAction(String intentId) {
    Map<String, Object> sdk = new LinkedHashMap<>();
    sdk.put("type", "stripe_3ds2_fingerprint");
    sdk.put("three_d_secure_2_source", StripeIds.next("payatt"));
    sdk.put("directory_server_name", "visa");
    sdk.put("server_transaction_id", intentId);
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("type", "use_stripe_sdk");
    action.put("use_stripe_sdk", sdk);
    return action;
  }

  private static Map<String, Object> paymentMethod(String id) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("object", "payment_method");
    json.put("type", "card");
    json.put("livemode", false);
    return json;
  }
}
