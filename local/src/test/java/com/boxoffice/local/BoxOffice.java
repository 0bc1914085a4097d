package com.boxoffice.local;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test's view of the running product: the organiser's, the buyer's and the operator's calls,
 * and the sandbox's control calls. Each test makes its own event, so tests never share seats.
 */
final class BoxOffice {
  static final String API = RunningStack.OPTIONS.apiUrl();
  static final String SANDBOX = RunningStack.OPTIONS.sandboxUrl();
  static final String[] ADMIN = {"Authorization", "Bearer " + LocalStackOptions.ADMIN_TOKEN};
  static final long PRICE = 5_000;

  private static final AtomicInteger sequence = new AtomicInteger();

  private BoxOffice() {}

  static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String newEvent(int capacity) {
    String eventId = uniqueId("e2e");
    Http.Response response = putEvent(eventId, capacity);
    if (response.status() != 201) {
      throw new IllegalStateException("Creating the event failed: " + response);
    }
    return eventId;
  }

  static Http.Response putEvent(String eventId, int capacity) {
    return Http.put(API + "/v1/admin/events/" + eventId, eventBody(capacity), ADMIN);
  }

  static String eventBody(int capacity) {
    return Http.json(
        Map.of(
            "name", "End-to-end festival",
            "currency", "usd",
            "startsAt", "2027-07-01T18:00:00Z",
            "ticketTypes",
                List.of(
                    Map.of(
                        "ticketTypeId",
                        "general",
                        "name",
                        "General admission",
                        "price",
                        Map.of("value", PRICE, "currency", "usd"),
                        "capacity",
                        capacity))));
  }

  static int available(String eventId) {
    JsonNode event = Http.get(API + "/v1/events/" + eventId).json();
    return event.get("ticketTypes").get(0).get("available").asInt();
  }

  static String email() {
    return "buyer" + sequence.incrementAndGet() + "-" + UUID.randomUUID() + "@example.com";
  }

  static String checkoutBody(String eventId, int quantity, String email, String paymentMethod) {
    var body =
        new java.util.LinkedHashMap<String, Object>(
            Map.of(
                "eventId", eventId,
                "items", List.of(Map.of("ticketTypeId", "general", "quantity", quantity)),
                "customer", Map.of("email", email, "name", "Test Buyer")));
    if (paymentMethod != null) {
      body.put("paymentMethodId", paymentMethod);
    }
    return Http.json(body);
  }

  static Http.Response postCheckout(String idempotencyKey, String body) {
    return Http.post(API + "/v1/checkouts", body, "Idempotency-Key", idempotencyKey);
  }

  static Http.Response checkout(String eventId, int quantity, String paymentMethod) {
    return checkout(eventId, quantity, paymentMethod, email());
  }

  static Http.Response checkout(String eventId, int quantity, String paymentMethod, String email) {
    return postCheckout(
        UUID.randomUUID().toString(), checkoutBody(eventId, quantity, email, paymentMethod));
  }

  static JsonNode getCheckout(String checkoutId) {
    return Http.get(API + "/v1/checkouts/" + checkoutId).json();
  }

  static JsonNode awaitStatus(String checkoutId, String status) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() ->
            org.assertj.core.api.Assertions.assertThat(
                    getCheckout(checkoutId).path("status").asText())
                .isEqualTo(status));
    return getCheckout(checkoutId);
  }

  static JsonNode intent(String paymentIntentId) {
    for (JsonNode intent : Http.get(SANDBOX + "/sandbox/payment_intents").json()) {
      if (paymentIntentId.equals(intent.path("id").asText())) {
        return intent;
      }
    }
    throw new AssertionError("The sandbox holds no intent " + paymentIntentId);
  }

  static JsonNode intents() {
    return Http.get(SANDBOX + "/sandbox/payment_intents").json();
  }

  static JsonNode emails(String to) {
    return Http.get(SANDBOX + "/sandbox/emails?to=" + to).json();
  }

  static Http.Response challenge(String paymentIntentId, String outcome) {
    return Http.post(
        SANDBOX + "/sandbox/payment_intents/" + paymentIntentId + "/challenge",
        Http.json(Map.of("outcome", outcome)));
  }

  static Http.Response cancel(String checkoutId) {
    return Http.post(API + "/v1/checkouts/" + checkoutId + "/cancel", "");
  }

  static Http.Response refund(String checkoutId) {
    return Http.post(API + "/v1/admin/checkouts/" + checkoutId + "/refund", "", ADMIN);
  }
}
