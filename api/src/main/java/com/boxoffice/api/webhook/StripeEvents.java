package com.boxoffice.api.webhook;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Verifies Stripe's signature and reads the fields of the event's object that the saga uses. */
@Component
class StripeEvents {
  private final ObjectMapper json;
  private final String secret;
  private final long toleranceSeconds;

  StripeEvents(ObjectMapper json, ApiProperties properties) {
    this.json = json;
    this.secret = properties.webhook().secret();
    this.toleranceSeconds = properties.webhook().tolerance().toSeconds();
  }

  ReceivedEvent verify(String payload, String signature) {
    if (payload == null || signature == null || signature.isBlank()) {
      throw invalid("invalid-signature", "A signed body and a Stripe-Signature header are needed.");
    }
    try {
      // The signature alone: the body is read once, below, rather than also into stripe-java's
      // Event, which the handler does not use.
      Webhook.Signature.verifyHeader(payload, signature, secret, toleranceSeconds);
    } catch (SignatureVerificationException e) {
      throw invalid("invalid-signature", "The Stripe-Signature does not match or is too old.");
    } catch (RuntimeException e) {
      throw invalid("invalid-signature", "The Stripe-Signature header cannot be read.");
    }
    return parse(payload);
  }

  /** Reads an event already verified when it was received. */
  ReceivedEvent parse(String payload) {
    JsonNode event;
    try {
      event = json.readTree(payload);
    } catch (JsonProcessingException e) {
      throw invalid("invalid-event", "The body is not a Stripe event.");
    }
    JsonNode object = event.path("data").path("object");
    if (!event.path("id").isTextual()
        || !event.path("type").isTextual()
        || !object.isObject()
        || mayHoldNul(payload) && holdsNul(event)) {
      throw invalid("invalid-event", "The body is not a Stripe event.");
    }
    boolean intent = "payment_intent".equals(text(object, "object"));
    JsonNode error = object.path("last_payment_error");
    return new ReceivedEvent(
        event.get("id").asText(),
        event.get("type").asText(),
        intent ? text(object, "id") : text(object, "payment_intent"),
        text(object.path("metadata"), "checkout_id"),
        intent ? text(object, "status") : null,
        intent ? text(error, "code") : text(object, "failure_code"),
        intent ? text(error, "message") : text(object, "failure_message"),
        object.path("amount").isIntegralNumber() ? object.get("amount").asLong() : null,
        text(object, "currency"),
        payload);
  }

  /**
   * JSON carries a NUL only as its six-character escape, a backslash and {@code u0000} (the parser
   * refuses a raw control character), so a body without that text needs no walk through its tree.
   */
  private static boolean mayHoldNul(String payload) {
    return payload.contains("\\u0000");
  }

  /**
   * PostgreSQL stores no NUL in text or jsonb: such an event could never be recorded, and a 5xx
   * would have Stripe deliver it forever. Stripe itself never sends one.
   */
  private static boolean holdsNul(JsonNode node) {
    if (node.isTextual()) {
      return node.asText().indexOf('\0') >= 0;
    }
    for (var field : node.properties()) {
      if (field.getKey().indexOf('\0') >= 0 || holdsNul(field.getValue())) {
        return true;
      }
    }
    for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
      if (holdsNul(element)) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static ApiProblem invalid(String code, String detail) {
    return ApiProblem.of(HttpStatus.BAD_REQUEST, code, detail);
  }
}
