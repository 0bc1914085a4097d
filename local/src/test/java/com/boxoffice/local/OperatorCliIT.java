package com.boxoffice.local;

import static com.boxoffice.local.BoxOffice.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.checkout.CheckoutWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What PRODUCT.md promises operators: the real {@code temporal} CLI finds a checkout made through
 * the HTTP API by the buyer's email, by its payment intent and by its status.
 */
@ExtendWith(RunningStack.class)
class OperatorCliIT {
  /** Visibility trails the workflow's own state by a moment. */
  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(20);

  @BeforeAll
  static void theCliIsInstalled() {
    TemporalCli.executable();
  }

  @Test
  void findsACheckoutByTheBuyersEmail() {
    String email = email();
    String checkoutId = created(checkout(newEvent(5), 1, "pm_card_visa", email));

    awaitListed("CustomerEmail=\"" + email + "\"", CheckoutWorkflow.workflowId(checkoutId));
  }

  @Test
  void findsACheckoutByItsPaymentIntent() {
    JsonNode body = checkout(newEvent(5), 1, "pm_card_visa").json();
    String intentId = body.at("/payment/paymentIntentId").asText();

    awaitListed(
        "PaymentIntentId=\"" + intentId + "\"",
        CheckoutWorkflow.workflowId(body.get("checkoutId").asText()));
  }

  @Test
  void findsEachOfABuyersCheckoutsByItsCurrentStatus() {
    String eventId = newEvent(5);
    String email = email();
    String confirmed = created(checkout(eventId, 1, "pm_card_visa", email));
    String awaitingPayment = created(checkout(eventId, 1, "pm_card_threeDSecure2Required", email));
    awaitStatus(confirmed, "CONFIRMED");

    String ofBuyer = " AND CustomerEmail=\"" + email + "\"";
    awaitListed("CheckoutStatus=\"CONFIRMED\"" + ofBuyer, CheckoutWorkflow.workflowId(confirmed));
    awaitListed(
        "CheckoutStatus=\"AWAITING_PAYMENT\"" + ofBuyer,
        CheckoutWorkflow.workflowId(awaitingPayment));
  }

  private static String created(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().get("checkoutId").asText();
  }

  private static void awaitListed(String query, String workflowId) {
    await()
        .atMost(VISIBLE_WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() ->
            assertThat(TemporalCli.workflowIds(query)).as(query).isEqualTo(List.of(workflowId)));
  }
}
