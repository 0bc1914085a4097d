package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.exception.CardException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.param.RefundCreateParams;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {
  private final TestSandbox sandbox = TestSandbox.get();

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void authorizationIsAnnouncedBySignedEventsInOrder() throws Exception {
    sandbox.enableEvents("*");
    PaymentIntent intent = Intents.manual("pm_card_visa");

    await()
        .untilAsserted(() ->
            assertThat(sandbox.receiver.typesFor(intent.getId()))
                .containsExactly(
                    "payment_intent.created", "payment_intent.amount_capturable_updated"));
    assertThat(sandbox.receiver.rejected()).isEmpty();
  }

  @Test
  void eventDataDeserializesWithStripeJava() throws Exception {
    PaymentIntent intent = Intents.manual("pm_card_visa");

    Event event = awaitEvent(intent.getId(), "payment_intent.amount_capturable_updated");

    PaymentIntent object =
        (PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
    assertThat(object.getStatus()).isEqualTo("requires_capture");
    assertThat(object.getMetadata()).containsEntry("checkout_id", "chk_test");
    assertThat(event.getId()).startsWith("evt_");
    assertThat(event.getRequest().getId()).startsWith("req_");
  }

  @Test
  void declineIsAnnouncedAsPaymentFailed() {
    CardException declined =
        catchThrowableOfType(CardException.class, () -> Intents.manual("pm_card_chargeDeclined"));
    String id = declined.getStripeError().getPaymentIntent().getId();

    Event event = awaitEvent(id, "payment_intent.payment_failed");

    assertThat(event.getType()).isEqualTo("payment_intent.payment_failed");
  }

  @Test
  void refundIsAnnouncedWithTheChargeOfTheIntent() throws Exception {
    PaymentIntent intent = Intents.automatic("pm_card_visa");
    sandbox
        .stripe
        .v1()
        .refunds()
        .create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build());

    Event event = awaitEvent(intent.getId(), "charge.refunded");

    Charge charge = (Charge) event.getDataObjectDeserializer().getObject().orElseThrow();
    assertThat(charge.getPaymentIntent()).isEqualTo(intent.getId());
    assertThat(charge.getRefunded()).isTrue();
  }

  @Test
  void refusedDeliveryIsRetriedUntilTheReceiverAccepts() throws Exception {
    sandbox.receiver.refuse("payment_intent.canceled", 2);
    PaymentIntent intent = Intents.manual("pm_card_visa");
    sandbox.stripe.v1().paymentIntents().cancel(intent.getId());

    awaitEvent(intent.getId(), "payment_intent.canceled");

    JsonNode delivery = sandbox.get("/sandbox/webhooks?type=payment_intent.canceled").get(0);
    assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
    assertThat(delivery.get("lastStatus").asInt()).isEqualTo(200);
    assertThat(delivery.get("state").asText()).isEqualTo("DELIVERED");
  }

  @Test
  void duplicationFaultDeliversTheSameEventTwice() throws Exception {
    sandbox.enableEvents("*");
    faults("{\"webhookDuplicateRate\": 1}");
    PaymentIntent intent = Intents.manual(null);

    await().untilAsserted(() -> assertThat(sandbox.receiver.eventsFor(intent.getId())).hasSize(2));
    List<Event> events = sandbox.receiver.eventsFor(intent.getId());
    assertThat(events.get(0).getId()).isEqualTo(events.get(1).getId());
  }

  @Test
  void dropFaultNeverDeliversTheEvent() throws Exception {
    sandbox.enableEvents("*");
    faults("{\"webhookDropRate\": 1}");
    PaymentIntent intent = Intents.manual(null);

    await()
        .during(Duration.ofMillis(700))
        .atMost(Duration.ofSeconds(3))
        .until(() -> sandbox.receiver.eventsFor(intent.getId()).isEmpty());
    assertThat(sandbox.get("/sandbox/webhooks").get(0).get("state").asText()).isEqualTo("DROPPED");
  }

  @Test
  void reorderFaultDeliversAWindowNewestFirst() throws Exception {
    sandbox.enableEvents("*");
    faults("{\"webhookReorder\": true}");
    PaymentIntent intent = Intents.manual("pm_card_visa");

    await()
        .untilAsserted(() ->
            assertThat(sandbox.receiver.typesFor(intent.getId()))
                .containsExactly(
                    "payment_intent.amount_capturable_updated", "payment_intent.created"));
  }

  private void faults(String json) {
    assertThat(sandbox.send("PUT", "/sandbox/faults", json).statusCode()).isEqualTo(200);
  }

  private Event awaitEvent(String objectId, String type) {
    return await()
        .until(
            () ->
                sandbox.receiver.eventsFor(objectId).stream()
                    .filter(event -> event.getType().equals(type))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }
}
