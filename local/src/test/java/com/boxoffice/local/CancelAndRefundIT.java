package com.boxoffice.local;

import static com.boxoffice.local.BoxOffice.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Undoing a checkout: the buyer's cancel before payment, the operator's refund after. */
@ExtendWith(RunningStack.class)
class CancelAndRefundIT {

  @Test
  void cancellingBeforePaymentVoidsTheIntentAndReleasesTheSeats() {
    String eventId = newEvent(5);
    Http.Response created = checkout(eventId, 2, "pm_card_threeDSecure2Required");
    String checkoutId = created.json().get("checkoutId").asText();

    Http.Response cancelled = cancel(checkoutId);

    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(202);
    awaitStatus(checkoutId, "CANCELLED");
    await().atMost(Duration.ofSeconds(30)).until(() -> available(eventId) == 5);
    assertThat(
            intent(created.json().at("/payment/paymentIntentId").asText()).get("status").asText())
        .isEqualTo("canceled");
  }

  @Test
  void aConfirmedCheckoutCannotBeCancelled() {
    String eventId = newEvent(5);
    String checkoutId = checkout(eventId, 1, "pm_card_visa").json().get("checkoutId").asText();
    awaitStatus(checkoutId, "CONFIRMED");

    Http.Response response = cancel(checkoutId);

    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(getCheckout(checkoutId).get("status").asText()).isEqualTo("CONFIRMED");
  }

  @Test
  void anOperatorRefundRefundsTheChargeAndPutsTheSeatsBackOnSale() {
    String eventId = newEvent(5);
    String checkoutId = checkout(eventId, 2, "pm_card_visa").json().get("checkoutId").asText();
    JsonNode confirmed = awaitStatus(checkoutId, "CONFIRMED");

    Http.Response response = refund(checkoutId);

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    awaitStatus(checkoutId, "REFUNDED");
    JsonNode intent = intent(confirmed.at("/payment/paymentIntentId").asText());
    assertThat(intent.get("amount_refunded").asLong()).isEqualTo(2 * PRICE);
    assertThat(available(eventId)).isEqualTo(5);
    assertThat(refund(checkoutId).status()).isEqualTo(202);
  }

  @Test
  void aCheckoutThatIsNotConfirmedCannotBeRefunded() {
    String eventId = newEvent(5);
    String checkoutId =
        checkout(eventId, 1, "pm_card_threeDSecure2Required").json().get("checkoutId").asText();

    assertThat(refund(checkoutId).status()).isEqualTo(409);
    assertThat(refund("co_doesnotexist").status()).isEqualTo(404);
  }
}
