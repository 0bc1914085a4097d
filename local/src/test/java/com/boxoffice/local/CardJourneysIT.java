package com.boxoffice.local;

import static com.boxoffice.local.BoxOffice.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One buyer, each sandbox card, through the HTTP API only. */
@ExtendWith(RunningStack.class)
class CardJourneysIT {

  @Test
  void aVisaCheckoutIsCapturedConfirmedTicketedAndMailedOnce() {
    String eventId = newEvent(10);
    String email = email();
    Http.Response created =
        postCheckout("visa-" + email, checkoutBody(eventId, 2, email, "pm_card_visa"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode body = created.json();
    String checkoutId = body.get("checkoutId").asText();
    assertThat(created.header("Location")).isEqualTo("/v1/checkouts/" + checkoutId);
    assertThat(body.at("/amount/value").asLong()).isEqualTo(2 * PRICE);
    assertThat(body.at("/amount/currency").asText()).isEqualTo("usd");
    assertThat(body.at("/payment/paymentIntentId").asText()).startsWith("pi_");
    assertThat(body.at("/payment/clientSecret").asText()).contains("_secret_");
    assertThat(body.get("expiresAt").asText()).isNotBlank();

    JsonNode confirmed = awaitStatus(checkoutId, "CONFIRMED");
    assertThat(confirmed.get("tickets")).hasSize(2);
    assertThat(confirmed.at("/tickets/0/code").asText())
        .isNotEqualTo(confirmed.at("/tickets/1/code").asText());
    assertThat(confirmed.at("/customer/email").asText()).isEqualTo(email);
    assertThat(available(eventId)).isEqualTo(8);

    JsonNode intent = intent(confirmed.at("/payment/paymentIntentId").asText());
    assertThat(intent.get("status").asText()).isEqualTo("succeeded");
    assertThat(intent.get("amount_received").asLong()).isEqualTo(2 * PRICE);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(emails(email)).hasSize(1));
    assertThat(emails(email).get(0).toString()).contains(confirmed.at("/tickets/0/code").asText());
  }

  @Test
  void aDeclinedCardAnswers402AndReleasesTheSeats() {
    String eventId = newEvent(5);

    Http.Response declined = checkout(eventId, 3, "pm_card_chargeDeclined");

    assertThat(declined.status()).as(declined.toString()).isEqualTo(402);
    assertThat(declined.header("Content-Type")).startsWith("application/problem+json");
    assertThat(declined.json().get("type").asText()).endsWith("/payment-declined");
    await().atMost(Duration.ofSeconds(30)).until(() -> available(eventId) == 5);
  }

  @Test
  void insufficientFundsAnswers402AndReleasesTheSeats() {
    String eventId = newEvent(5);

    Http.Response declined = checkout(eventId, 1, "pm_card_chargeDeclinedInsufficientFunds");

    assertThat(declined.status()).as(declined.toString()).isEqualTo(402);
    assertThat(declined.json().get("type").asText()).endsWith("/payment-declined");
    await().atMost(Duration.ofSeconds(30)).until(() -> available(eventId) == 5);
  }

  @Test
  void aPassedThreeDSecureChallengeConfirmsTheCheckout() {
    String eventId = newEvent(5);
    Http.Response created = checkout(eventId, 1, "pm_card_threeDSecure2Required");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().at("/payment/status").asText()).isEqualTo("requires_action");
    String checkoutId = created.json().get("checkoutId").asText();
    assertThat(getCheckout(checkoutId).get("status").asText()).isEqualTo("AWAITING_PAYMENT");

    assertThat(challenge(created.json().at("/payment/paymentIntentId").asText(), "pass").status())
        .isEqualTo(200);

    JsonNode confirmed = awaitStatus(checkoutId, "CONFIRMED");
    assertThat(confirmed.get("tickets")).hasSize(1);
  }

  @Test
  void aFailedThreeDSecureChallengeFailsThePaymentAndReleasesTheSeats() {
    String eventId = newEvent(5);
    Http.Response created = checkout(eventId, 2, "pm_card_threeDSecure2Required");
    String checkoutId = created.json().get("checkoutId").asText();

    challenge(created.json().at("/payment/paymentIntentId").asText(), "fail");

    JsonNode failed = awaitStatus(checkoutId, "PAYMENT_FAILED");
    assertThat(failed.at("/failure/code").asText()).isNotBlank();
    await().atMost(Duration.ofSeconds(30)).until(() -> available(eventId) == 5);
  }

  @Test
  void anUnpaidHoldExpiresAtItsDeadlineAndVoidsTheIntent() {
    String eventId = newEvent(5);
    Http.Response created = checkout(eventId, 2, "pm_card_threeDSecure2Required");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String checkoutId = created.json().get("checkoutId").asText();
    String intentId = created.json().at("/payment/paymentIntentId").asText();

    // The void's own payment_intent.canceled webhook must not turn the expiry into a failure.
    await()
        .atMost(RunningStack.HOLD_TTL.plusSeconds(40))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> assertThat(getCheckout(checkoutId).path("status").asText()).isEqualTo("EXPIRED"));

    assertThat(available(eventId)).isEqualTo(5);
    assertThat(intent(intentId).get("status").asText()).isEqualTo("canceled");
  }
}
