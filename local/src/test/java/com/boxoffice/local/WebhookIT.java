package com.boxoffice.local;

import static com.boxoffice.local.BoxOffice.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stripe.Stripe;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stripe's side of the contract: signatures, stale and forged deliveries, duplicates. */
@ExtendWith(RunningStack.class)
class WebhookIT {
  private static final String URL = API + "/v1/webhooks/stripe";

  @AfterEach
  void clearFaults() {
    Http.put(SANDBOX + "/sandbox/faults", "{}");
  }

  @Test
  void aForgedSignatureIsRejected() throws SQLException {
    String event = event("evt_" + uniqueId("forged"), "co_unknown");

    Http.Response response = deliver(event, sign(event, "whsec_not_ours", Instant.now()));

    assertThat(response.status()).isEqualTo(400);
    assertThat(recorded(eventId(event))).isZero();
  }

  @Test
  void aStaleSignatureIsRejected() {
    String event = event("evt_" + uniqueId("stale"), "co_unknown");

    Http.Response response =
        deliver(
            event, sign(event, LocalStackOptions.WEBHOOK_SECRET, Instant.now().minusSeconds(600)));

    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void aMissingSignatureIsRejected() {
    assertThat(Http.post(URL, event("evt_" + uniqueId("unsigned"), "co_unknown")).status())
        .isEqualTo(400);
  }

  @Test
  void aSignedBodyThatIsNotAnEventIsRejected() {
    String body = "{\"hello\": \"world\"}";

    assertThat(deliver(body, sign(body, LocalStackOptions.WEBHOOK_SECRET, Instant.now())).status())
        .isEqualTo(400);
  }

  @Test
  void anEventForAnUnknownCheckoutIsRecordedOnceAndAcknowledged() throws SQLException {
    String event = event("evt_" + uniqueId("unknown"), "co_" + uniqueId("unknown"));
    String signature = sign(event, LocalStackOptions.WEBHOOK_SECRET, Instant.now());

    assertThat(deliver(event, signature).status()).isEqualTo(200);
    assertThat(deliver(event, signature).status()).isEqualTo(200);

    assertThat(recorded(eventId(event))).isEqualTo(1);
  }

  @Test
  void duplicatedWebhooksConfirmOnceCaptureOnceAndMailOnce() {
    Http.put(SANDBOX + "/sandbox/faults", "{\"webhookDuplicateRate\": 1.0}");
    String eventId = newEvent(5);
    String email = email();
    Http.Response created = checkout(eventId, 1, "pm_card_threeDSecure2Required", email);
    String intentId = created.json().at("/payment/paymentIntentId").asText();

    challenge(intentId, "pass");

    awaitStatus(created.json().get("checkoutId").asText(), "CONFIRMED");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(emails(email)).hasSize(1));
    assertThat(intent(intentId).get("amount_received").asLong()).isEqualTo(PRICE);
    assertThat(intent(intentId).get("capture_count").asInt()).isEqualTo(1);
  }

  private static Http.Response deliver(String body, String signature) {
    return Http.post(URL, body, "Stripe-Signature", signature);
  }

  private static String event(String eventId, String checkoutId) {
    return """
    {"id": "%s", "object": "event", "api_version": "%s", "created": %d, "livemode": false,
     "pending_webhooks": 1, "request": {"id": null, "idempotency_key": null},
     "type": "payment_intent.amount_capturable_updated",
     "data": {"object": {"id": "pi_%s", "object": "payment_intent", "amount": 5000,
       "amount_capturable": 5000, "amount_received": 0, "currency": "usd",
       "capture_method": "manual", "status": "requires_capture",
       "metadata": {"checkout_id": "%s"}}}}
    """
        .formatted(
            eventId,
            Stripe.API_VERSION,
            Instant.now().getEpochSecond(),
            uniqueId("x").replace("-", ""),
            checkoutId);
  }

  private static String eventId(String event) {
    return new Http.Response(200, java.util.Map.of(), event).json().get("id").asText();
  }

  static String sign(String payload, String secret, Instant at) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      long t = at.getEpochSecond();
      byte[] digest = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int recorded(String stripeEventId) throws SQLException {
    try (var connection = DriverManager.getConnection(RunningStack.jdbcUrl());
        var statement =
            connection.prepareStatement(
                "select count(*) from payment_events where stripe_event_id = ?")) {
      statement.setString(1, stripeEventId);
      var rows = statement.executeQuery();
      rows.next();
      return rows.getInt(1);
    }
  }
}
