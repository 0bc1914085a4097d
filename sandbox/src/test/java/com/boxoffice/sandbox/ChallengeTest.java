package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stripe.model.PaymentIntent;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChallengeTest {
  private final TestSandbox sandbox = TestSandbox.get();

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void passedChallengeAuthorizesAndAnnouncesIt() throws Exception {
    sandbox.enableEvents("*");
    PaymentIntent intent = Intents.manual("pm_card_threeDSecure2Required");

    HttpResponse<String> response = challenge(intent.getId(), "pass");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(status(intent)).isEqualTo("requires_capture");
    await()
        .untilAsserted(() ->
            assertThat(sandbox.receiver.typesFor(intent.getId()))
                .containsExactly(
                    "payment_intent.created",
                    "payment_intent.requires_action",
                    "payment_intent.amount_capturable_updated"));
  }

  @Test
  void passedChallengeChargesAnAutomaticCaptureIntent() throws Exception {
    PaymentIntent intent = Intents.automatic("pm_card_threeDSecure2Required");

    challenge(intent.getId(), "pass");

    assertThat(status(intent)).isEqualTo("succeeded");
    await()
        .untilAsserted(() ->
            assertThat(sandbox.receiver.typesFor(intent.getId()))
                .contains("payment_intent.succeeded"));
  }

  @Test
  void failedChallengeRequiresAnotherPaymentMethodAndAnnouncesTheFailure() throws Exception {
    PaymentIntent intent = Intents.manual("pm_card_threeDSecure2Required");

    challenge(intent.getId(), "fail");

    PaymentIntent failed = sandbox.stripe.v1().paymentIntents().retrieve(intent.getId());
    assertThat(failed.getStatus()).isEqualTo("requires_payment_method");
    assertThat(failed.getLastPaymentError().getCode())
        .isEqualTo("payment_intent_authentication_failure");
    await()
        .untilAsserted(() ->
            assertThat(sandbox.receiver.typesFor(intent.getId()))
                .contains("payment_intent.payment_failed"));
  }

  @Test
  void challengeOfAnIntentNotAwaitingOneConflicts() throws Exception {
    PaymentIntent intent = Intents.manual("pm_card_visa");

    assertThat(challenge(intent.getId(), "pass").statusCode()).isEqualTo(409);
  }

  @Test
  void challengeOfAnUnknownIntentIsNotFound() {
    assertThat(challenge("pi_missing", "pass").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> challenge(String intentId, String outcome) {
    return sandbox.send(
        "POST",
        "/sandbox/payment_intents/" + intentId + "/challenge",
        "{\"outcome\":\"" + outcome + "\"}");
  }

  private String status(PaymentIntent intent) throws Exception {
    return sandbox.stripe.v1().paymentIntents().retrieve(intent.getId()).getStatus();
  }
}
