package com.boxoffice.api.checkout;

import static com.boxoffice.schema.Tables.API_IDEMPOTENCY_KEYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import com.boxoffice.api.testworkflows.FakeCheckoutWorkflow;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.PaymentUpdate;
import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class CheckoutApiTest extends ApiTest {

  private ResultActions startCheckout(String key, String eventId, String paymentMethod)
      throws Exception {
    String pm = paymentMethod == null ? "" : ", \"paymentMethodId\": \"" + paymentMethod + "\"";
    String body =
        """
        {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": 2}],
         "customer": {"email": "ada@example.com", "name": "Ada Lovelace"}%s}
        """
            .formatted(eventId, pm);
    return http.perform(json(post("/v1/checkouts"), body).header("Idempotency-Key", key));
  }

  private String newEvent() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 100);
    return eventId;
  }

  @Test
  void answersCreatedWithTheIntentOnceSeatsAreHeld() throws Exception {
    var result =
        startCheckout(UUID.randomUUID().toString(), newEvent(), "pm_card_visa")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("AWAITING_PAYMENT"))
            .andExpect(jsonPath("$.amount.currency").value("usd"))
            .andExpect(jsonPath("$.payment.clientSecret").exists())
            .andExpect(jsonPath("$.expiresAt").exists())
            .andReturn();
    String id = JsonPath.read(result.getResponse().getContentAsString(), "$.checkoutId");
    assertThat(id).matches("co_[A-Za-z0-9_-]{20}");
    assertThat(result.getResponse().getHeader("Location")).isEqualTo("/v1/checkouts/" + id);
  }

  private String checkoutId(ResultActions result) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.checkoutId");
  }

  @Test
  void returnsTheSameCheckoutForTheSameKeyAndBody() throws Exception {
    String key = UUID.randomUUID().toString();
    String eventId = newEvent();
    String first = checkoutId(startCheckout(key, eventId, null).andExpect(status().isCreated()));
    String second = checkoutId(startCheckout(key, eventId, null).andExpect(status().isCreated()));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void rejectsAReusedKeyWithAnotherBody() throws Exception {
    String key = UUID.randomUUID().toString();
    String eventId = newEvent();
    startCheckout(key, eventId, null).andExpect(status().isCreated());
    startCheckout(key, eventId, "pm_card_visa")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("idempotency-key-reused"))
        .andExpect(
            jsonPath("$.type").value("https://boxoffice.dev/problems/idempotency-key-reused"));
  }

  @Test
  void answersSoldOutWithConflict() throws Exception {
    // Seats to spare in the catalog: the saga's refused hold decides, as in a race for the last.
    createEvent(FakeCheckoutWorkflow.SOLD_OUT_EVENT, 100);
    startCheckout(UUID.randomUUID().toString(), FakeCheckoutWorkflow.SOLD_OUT_EVENT, null)
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.code").value("sold-out"));
  }

  @Test
  void answersTheSameSoldOutWhenTheKeyIsReplayedAfterTheWorkflowEnded() throws Exception {
    createEvent(FakeCheckoutWorkflow.SOLD_OUT_EVENT, 100);
    String key = UUID.randomUUID().toString();
    startCheckout(key, FakeCheckoutWorkflow.SOLD_OUT_EVENT, null).andExpect(status().isConflict());
    startCheckout(key, FakeCheckoutWorkflow.SOLD_OUT_EVENT, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("sold-out"));
  }

  @Test
  void answersSoldOutWithoutASagaWhenTheCatalogHasTooFewSeatsLeft() throws Exception {
    // The fake saga would hold any seats: a 409 here can only come from the catalog's read.
    String eventId = slug("fest");
    createEvent(eventId, 1);
    String key = UUID.randomUUID().toString();

    startCheckout(key, eventId, "pm_card_visa")
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.code").value("sold-out"));

    assertThat(db.fetchExists(API_IDEMPOTENCY_KEYS, API_IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key)))
        .as("the key is left unclaimed")
        .isFalse();
  }

  @Test
  void answersARetriedCheckoutAsBeforeEvenOnceTheEventSoldOut() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 2);
    String key = UUID.randomUUID().toString();
    String first = checkoutId(startCheckout(key, eventId, null).andExpect(status().isCreated()));
    db.execute("update ticket_types set held = capacity where event_id = ?", eventId);

    String retried = checkoutId(startCheckout(key, eventId, null).andExpect(status().isCreated()));

    assertThat(retried).isEqualTo(first);
  }

  @Test
  void answersPaymentRequiredWhenTheCardIsDeclined() throws Exception {
    startCheckout(UUID.randomUUID().toString(), newEvent(), FakeCheckoutWorkflow.DECLINED_CARD)
        .andExpect(status().isPaymentRequired())
        .andExpect(jsonPath("$.code").value("payment-declined"));
  }

  @Test
  void answersBadGatewayWhenThePaymentProviderFails() throws Exception {
    startCheckout(UUID.randomUUID().toString(), newEvent(), FakeCheckoutWorkflow.PROVIDER_DOWN_CARD)
        .andExpect(status().isBadGateway())
        .andExpect(jsonPath("$.code").value("payment-unavailable"));
  }

  @Test
  void answersPendingWithLocationWhenTheWorkflowTakesTooLong() throws Exception {
    createEvent(FakeCheckoutWorkflow.SLOW_EVENT, 10);
    startCheckout(UUID.randomUUID().toString(), FakeCheckoutWorkflow.SLOW_EVENT, null)
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.code").value("checkout-pending"))
        .andExpect(header().exists("Location"))
        .andExpect(header().string("Retry-After", "1"));
  }

  @Test
  void readsAnInFlightCheckoutFromTheWorkflowBeforeTheDatabaseHasIt() throws Exception {
    String id = checkoutId(startCheckout(UUID.randomUUID().toString(), newEvent(), null));
    http.perform(get("/v1/checkouts/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("AWAITING_PAYMENT"))
        .andExpect(jsonPath("$.customer.email").value("ada@example.com"))
        .andExpect(jsonPath("$.payment.paymentIntentId").value("pi_" + id));
  }

  @Test
  void answersNotFoundForAnUnknownCheckout() throws Exception {
    http.perform(get("/v1/checkouts/co_doesnotexist"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("not-found"));
  }

  @Test
  void acceptsACancelWhileTheCheckoutCanBeUndone() throws Exception {
    String id = checkoutId(startCheckout(UUID.randomUUID().toString(), newEvent(), null));
    http.perform(post("/v1/checkouts/" + id + "/cancel"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("COMPENSATING"));
  }

  @Test
  void refusesACancelOnceTheWorkflowIsPastThePivot() throws Exception {
    String id = checkoutId(startCheckout(UUID.randomUUID().toString(), newEvent(), null));
    temporal
        .newWorkflowStub(CheckoutWorkflow.class, CheckoutWorkflow.workflowId(id))
        .paymentUpdated(
            new PaymentUpdate(
                "evt_x", "payment_intent.succeeded", "pi_" + id, "succeeded", null, null));
    http.perform(post("/v1/checkouts/" + id + "/cancel"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("not-cancellable"));
  }

  @Test
  void answersNotFoundWhenCancellingAnUnknownCheckout() throws Exception {
    http.perform(post("/v1/checkouts/co_doesnotexist/cancel")).andExpect(status().isNotFound());
  }
}
