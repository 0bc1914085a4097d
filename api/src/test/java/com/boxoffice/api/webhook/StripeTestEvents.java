package com.boxoffice.api.webhook;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.stripe.net.Webhook;
import java.security.GeneralSecurityException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Stripe payment-intent events as the sandbox sends them, signed or not. */
final class StripeTestEvents {
  static final String SECRET = "whsec_boxoffice_dev";

  private StripeTestEvents() {}

  /** A 300.00 USD intent awaiting capture, for the given checkout. */
  static String intentEvent(String eventId, String type, String intentId, String checkoutId) {
    return """
    {"id": "%s", "object": "event", "type": "%s", "created": 1700000000,
     "data": {"object": {"id": "%s", "object": "payment_intent", "status": "requires_capture",
                         "amount": 30000, "currency": "usd",
                         "metadata": {"checkout_id": "%s"}}}}
    """
        .formatted(eventId, type, intentId, checkoutId);
  }

  static MockHttpServletRequestBuilder delivery(String payload, String signature) {
    var request =
        post("/v1/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content(payload);
    return signature == null ? request : request.header("Stripe-Signature", signature);
  }

  static MockHttpServletRequestBuilder signedDelivery(String payload)
      throws GeneralSecurityException {
    return delivery(payload, Webhook.Signature.generateSignatureHeader(payload, SECRET));
  }
}
