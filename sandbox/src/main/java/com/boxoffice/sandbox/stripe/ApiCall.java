package com.boxoffice.sandbox.stripe;

import com.boxoffice.sandbox.webhook.EventRequest;
import jakarta.servlet.http.HttpServletRequest;

/** What the events a call causes must say about it. */
record ApiCall(String requestId, String idempotencyKey, String stripeVersion) {
  /**
   * The version events fall back to when a client sent no {@code Stripe-Version}: the one
   * stripe-java 33 pins, so that its event deserializer accepts them.
   */
  static final String DEFAULT_API_VERSION = "2026-07-29.dahlia";

  static final ApiCall NONE = new ApiCall(null, null, null);

  static ApiCall of(HttpServletRequest request) {
    return new ApiCall(
        (String) request.getAttribute(StripeAuthFilter.REQUEST_ID),
        request.getHeader("Idempotency-Key"),
        request.getHeader("Stripe-Version"));
  }

  String apiVersion() {
    return stripeVersion == null || stripeVersion.isBlank() ? DEFAULT_API_VERSION : stripeVersion;
  }

  EventRequest eventRequest() {
    return new EventRequest(requestId, idempotencyKey);
  }
}
