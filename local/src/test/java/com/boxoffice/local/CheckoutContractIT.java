package com.boxoffice.local;

import static com.boxoffice.local.BoxOffice.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The error rows and the idempotency rules of POST /v1/checkouts, and the checkout lookups. */
@ExtendWith(RunningStack.class)
class CheckoutContractIT {

  @Test
  void theSameKeyAndBodyReturnTheSameCheckout() {
    String eventId = newEvent(5);
    String key = UUID.randomUUID().toString();
    String body = checkoutBody(eventId, 1, email(), "pm_card_visa");

    Http.Response first = postCheckout(key, body);
    Http.Response second = postCheckout(key, body);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.json().get("checkoutId")).isEqualTo(first.json().get("checkoutId"));
    assertThat(available(eventId)).isEqualTo(4);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRejectedWith422() {
    String eventId = newEvent(5);
    String key = UUID.randomUUID().toString();
    postCheckout(key, checkoutBody(eventId, 1, email(), "pm_card_visa"));

    Http.Response reused = postCheckout(key, checkoutBody(eventId, 2, email(), "pm_card_visa"));

    assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
    assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(available(eventId)).isEqualTo(4);
  }

  @Test
  void aMissingIdempotencyKeyIsA400NamingTheHeader() {
    String eventId = newEvent(5);

    Http.Response response =
        Http.post(API + "/v1/checkouts", checkoutBody(eventId, 1, email(), "pm_card_visa"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("Idempotency-Key");
    assertThat(available(eventId)).isEqualTo(5);
  }

  @Test
  void invalidFieldsAreEachNamedAndNothingIsHeld() {
    String eventId = newEvent(5);
    String body =
        """
        {"eventId": "%s", "items": [{"ticketTypeId": "general", "quantity": 0}],
         "customer": {"email": "not-an-email", "name": ""}}
        """
            .formatted(eventId);

    Http.Response response = postCheckout(UUID.randomUUID().toString(), body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("items[0].quantity", "customer.email", "customer.name");
    assertThat(available(eventId)).isEqualTo(5);
  }

  @Test
  void malformedJsonIsA400Problem() {
    Http.Response response = postCheckout(UUID.randomUUID().toString(), "{\"eventId\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void tooFewSeatsAnswer409SoldOutAndCreateNoIntent() {
    String eventId = newEvent(2);
    String email = email();
    int intentsBefore = intents().size();

    Http.Response response =
        postCheckout(UUID.randomUUID().toString(), checkoutBody(eventId, 3, email, "pm_card_visa"));

    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.json().get("type").asText()).endsWith("/sold-out");
    assertThat(intents().size()).isEqualTo(intentsBefore);
    assertThat(available(eventId)).isEqualTo(2);
  }

  @Test
  void anUnknownCheckoutIs404() {
    Http.Response response = Http.get(API + "/v1/checkouts/co_doesnotexist");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void operatorsListCheckoutsByEmailAndStatus() {
    String eventId = newEvent(5);
    String email = email();
    Http.Response created =
        postCheckout(UUID.randomUUID().toString(), checkoutBody(eventId, 1, email, "pm_card_visa"));
    String checkoutId = created.json().get("checkoutId").asText();
    awaitStatus(checkoutId, "CONFIRMED");

    JsonNode page =
        Http.get(API + "/v1/admin/checkouts?status=CONFIRMED&email=" + email, ADMIN).json();

    assertThat(page.get("items")).hasSize(1);
    assertThat(page.at("/items/0/checkoutId").asText()).isEqualTo(checkoutId);
    assertThat(Http.get(API + "/v1/admin/checkouts?email=" + email).status()).isEqualTo(401);
  }
}
