package com.boxoffice.api.webhook;

import static com.boxoffice.api.webhook.StripeTestEvents.SECRET;
import static com.boxoffice.api.webhook.StripeTestEvents.intentEvent;
import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.PAYMENT_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.StrayPaymentWorkflow;
import com.jayway.jsonpath.JsonPath;
import com.stripe.net.Webhook;
import io.temporal.api.enums.v1.EventType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

class StripeWebhookTest extends ApiTest {
  @Autowired PaymentEventResignaller resignaller;

  private ResultActions deliver(String payload, String signature) throws Exception {
    return http.perform(StripeTestEvents.delivery(payload, signature));
  }

  private ResultActions deliverSigned(String payload) throws Exception {
    return http.perform(StripeTestEvents.signedDelivery(payload));
  }

  private String startedCheckout() throws Exception {
    return startedCheckout(slug("fest"));
  }

  private String startedCheckout(String eventId) throws Exception {
    createEvent(eventId, 10);
    String body =
        """
        {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": 1}],
         "customer": {"email": "ada@example.com", "name": "Ada"}}
        """
            .formatted(eventId);
    var response =
        http.perform(
                json(post("/v1/checkouts"), body)
                    .header("Idempotency-Key", UUID.randomUUID().toString()))
            .andExpect(status().isCreated())
            .andReturn();
    return JsonPath.read(response.getResponse().getContentAsString(), "$.checkoutId");
  }

  private String outcome(String eventId) {
    return db.select(PAYMENT_EVENTS.OUTCOME)
        .from(PAYMENT_EVENTS)
        .where(PAYMENT_EVENTS.STRIPE_EVENT_ID.eq(eventId))
        .fetchOne(PAYMENT_EVENTS.OUTCOME);
  }

  private long signalsReceived(String checkoutId) {
    return temporal.fetchHistory(CheckoutWorkflow.workflowId(checkoutId)).getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
        .count();
  }

  @Test
  void recordsAndSignalsAVerifiedEvent() throws Exception {
    String checkoutId = startedCheckout();
    String eventId = "evt_" + UUID.randomUUID();
    deliverSigned(
            intentEvent(
                eventId,
                "payment_intent.amount_capturable_updated",
                "pi_" + checkoutId,
                checkoutId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.duplicate").value(false));
    assertThat(outcome(eventId)).isEqualTo("signalled");
    var state =
        temporal
            .newWorkflowStub(CheckoutWorkflow.class, CheckoutWorkflow.workflowId(checkoutId))
            .state();
    assertThat(state.paymentStatus()).isEqualTo("requires_capture");
  }

  @Test
  void appliesADuplicateEventOnlyOnce() throws Exception {
    String checkoutId = startedCheckout();
    String payload =
        intentEvent(
            "evt_" + UUID.randomUUID(),
            "payment_intent.amount_capturable_updated",
            "pi_" + checkoutId,
            checkoutId);
    deliverSigned(payload).andExpect(status().isOk());
    deliverSigned(payload)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.duplicate").value(true));
    assertThat(signalsReceived(checkoutId)).isEqualTo(1);
  }

  @Test
  void refusesAForgedSignature() throws Exception {
    String payload = intentEvent("evt_forged", "payment_intent.succeeded", "pi_x", "co_x");
    deliver(payload, Webhook.Signature.generateSignatureHeader(payload, "whsec_someone_else"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("invalid-signature"));
  }

  @Test
  void refusesASignatureOlderThanFiveMinutes() throws Exception {
    String payload = intentEvent("evt_stale", "payment_intent.succeeded", "pi_x", "co_x");
    long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();
    deliver(payload, Webhook.Signature.generateSignatureHeader(payload, SECRET, sixMinutesAgo))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("invalid-signature"));
  }

  @Test
  void refusesAnEventWithoutSignature() throws Exception {
    deliver(intentEvent("evt_unsigned", "payment_intent.succeeded", "pi_x", "co_x"), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("invalid-signature"));
  }

  @Test
  void refusesASignedBodyThatIsNotAnEvent() throws Exception {
    deliverSigned("{\"hello\": \"world\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("invalid-event"));
  }

  @Test
  void recordsAPaymentForAnUnknownCheckoutAndSettlesItAsStray() throws Exception {
    String eventId = "evt_" + UUID.randomUUID();
    String intentId = "pi_" + UUID.randomUUID();
    deliverSigned(intentEvent(eventId, "payment_intent.succeeded", intentId, "co_unknown"))
        .andExpect(status().isOk());
    assertThat(outcome(eventId)).isEqualTo("stray-payment");
    assertThat(temporal.fetchHistory(StrayPaymentWorkflow.workflowId(intentId)).getEvents())
        .isNotEmpty();
  }

  @Test
  void acknowledgesAndRecordsAnEventForAnUnknownCheckout() throws Exception {
    String eventId = "evt_" + UUID.randomUUID();
    deliverSigned(intentEvent(eventId, "payment_intent.canceled", "pi_y", "co_unknown"))
        .andExpect(status().isOk());
    assertThat(outcome(eventId)).isEqualTo("workflow-closed");
  }

  @Test
  void recordsButDoesNotSignalAnEventTheSagaDoesNotWaitFor() throws Exception {
    String checkoutId = startedCheckout();
    String eventId = "evt_" + UUID.randomUUID();
    deliverSigned(intentEvent(eventId, "payment_intent.created", "pi_" + checkoutId, checkoutId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.duplicate").value(false));
    assertThat(outcome(eventId)).isEqualTo("not-awaited");
    // Processed as it is recorded: the retry of unsignalled events never picks it up.
    assertThat(
            db.select(PAYMENT_EVENTS.PROCESSED_AT)
                .from(PAYMENT_EVENTS)
                .where(PAYMENT_EVENTS.STRIPE_EVENT_ID.eq(eventId))
                .fetchOne(PAYMENT_EVENTS.PROCESSED_AT))
        .isNotNull();
    assertThat(signalsReceived(checkoutId)).isZero();
  }

  @Test
  void doesNotSignalThePaymentOfAnOrderAlreadyConfirmed() throws Exception {
    String eventId = slug("fest");
    String checkoutId = startedCheckout(eventId);
    insertOrder(checkoutId, eventId, "CONFIRMED", "ada@example.com");
    String stripeEventId = "evt_" + UUID.randomUUID();
    deliverSigned(
            intentEvent(stripeEventId, "payment_intent.succeeded", "pi_" + checkoutId, checkoutId))
        .andExpect(status().isOk());
    assertThat(outcome(stripeEventId)).isEqualTo("not-awaited");
    assertThat(signalsReceived(checkoutId)).isZero();
  }

  @Test
  void doesNotSignalAnAuthorizationTheSagaHasAlreadyRecorded() throws Exception {
    String checkoutId = awaitingPayment("requires_capture");
    assertThat(outcome(deliverAuthorization(checkoutId))).isEqualTo("not-awaited");
    assertThat(signalsReceived(checkoutId)).isZero();
  }

  @Test
  void signalsTheAuthorizationOfASagaWaitingForTheBuyer() throws Exception {
    String checkoutId = awaitingPayment("requires_action");
    assertThat(outcome(deliverAuthorization(checkoutId))).isEqualTo("signalled");
    assertThat(signalsReceived(checkoutId)).isEqualTo(1);
  }

  @Test
  void doesNotSignalAnAuthorizationWhileTheSagaIsInItsFirstTask() throws Exception {
    String checkoutId = inStatus("RESERVING");
    assertThat(outcome(deliverAuthorization(checkoutId))).isEqualTo("not-awaited");
    assertThat(signalsReceived(checkoutId)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CAPTURING", "COMPENSATING"})
  void doesNotSignalASagaThatHasLeftItsWait(String status) throws Exception {
    String checkoutId = inStatus(status);
    assertThat(outcome(deliverAuthorization(checkoutId))).isEqualTo("not-awaited");
    assertThat(signalsReceived(checkoutId)).isZero();
  }

  private String inStatus(String status) throws Exception {
    String eventId = slug("fest");
    String checkoutId = startedCheckout(eventId);
    insertOrder(checkoutId, eventId, status, "ada@example.com");
    return checkoutId;
  }

  /** A running saga whose order records the payment status Stripe last gave it. */
  private String awaitingPayment(String paymentStatus) throws Exception {
    String eventId = slug("fest");
    String checkoutId = startedCheckout(eventId);
    insertOrder(checkoutId, eventId, "AWAITING_PAYMENT", "ada@example.com");
    db.update(ORDERS)
        .set(ORDERS.PAYMENT_STATUS, paymentStatus)
        .where(ORDERS.CHECKOUT_ID.eq(checkoutId))
        .execute();
    return checkoutId;
  }

  /** Stripe's word that the checkout's card is authorized; returns the event's id. */
  private String deliverAuthorization(String checkoutId) throws Exception {
    String stripeEventId = "evt_" + UUID.randomUUID();
    deliverSigned(
            intentEvent(
                stripeEventId,
                "payment_intent.amount_capturable_updated",
                "pi_" + checkoutId,
                checkoutId))
        .andExpect(status().isOk());
    return stripeEventId;
  }

  @Test
  void describesAStrayPaymentToOperatorsWithItsIntentAndAmount() throws Exception {
    String intentId = "pi_" + UUID.randomUUID();
    deliverSigned(
            intentEvent(
                "evt_" + UUID.randomUUID(), "payment_intent.succeeded", intentId, "co_unknown"))
        .andExpect(status().isOk());
    var stray =
        temporal.newUntypedWorkflowStub(StrayPaymentWorkflow.workflowId(intentId)).describe();
    assertThat(stray.getStaticSummary())
        .isEqualTo(
            "Stray payment "
                + intentId
                + " (300.00 USD) for co_unknown, no saga running: void or refund");
    assertThat(stray.getTypedSearchAttributes().get(CheckoutSearchAttributes.PAYMENT_INTENT_ID))
        .isEqualTo(intentId);
  }

  @Test
  void signalsAnEventLeftUnprocessedOnceTheRetryRuns() throws Exception {
    String checkoutId = startedCheckout();
    String eventId = "evt_" + UUID.randomUUID();
    // As the handler leaves an event when Temporal cannot be reached: recorded, not processed.
    db.insertInto(PAYMENT_EVENTS)
        .set(PAYMENT_EVENTS.STRIPE_EVENT_ID, eventId)
        .set(PAYMENT_EVENTS.TYPE, "payment_intent.amount_capturable_updated")
        .set(PAYMENT_EVENTS.PAYMENT_INTENT_ID, "pi_" + checkoutId)
        .set(PAYMENT_EVENTS.CHECKOUT_ID, checkoutId)
        .set(
            PAYMENT_EVENTS.PAYLOAD,
            JSONB.valueOf(
                intentEvent(
                    eventId,
                    "payment_intent.amount_capturable_updated",
                    "pi_" + checkoutId,
                    checkoutId)))
        .set(PAYMENT_EVENTS.RECEIVED_AT, OffsetDateTime.now().minusMinutes(1))
        .execute();
    resignaller.resignal();
    assertThat(outcome(eventId)).isEqualTo("signalled");
    assertThat(signalsReceived(checkoutId)).isEqualTo(1);
  }
}
