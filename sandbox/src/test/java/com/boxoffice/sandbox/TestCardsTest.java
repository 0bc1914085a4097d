package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentConfirmParams;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestCardsTest {
  private final TestSandbox sandbox = TestSandbox.get();

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void visaAuthorizesAManualCaptureIntent() throws Exception {
    PaymentIntent intent = Intents.manual("pm_card_visa");

    assertThat(intent.getId()).startsWith("pi_");
    assertThat(intent.getClientSecret()).startsWith(intent.getId() + "_secret_");
    assertThat(intent.getStatus()).isEqualTo("requires_capture");
    assertThat(intent.getAmountCapturable()).isEqualTo(Intents.AMOUNT);
    assertThat(intent.getAmountReceived()).isZero();
    assertThat(intent.getMetadata()).containsEntry("checkout_id", "chk_test");
  }

  @Test
  void visaChargesAnAutomaticCaptureIntentAtOnce() throws Exception {
    PaymentIntent intent = Intents.automatic("pm_card_visa");

    assertThat(intent.getStatus()).isEqualTo("succeeded");
    assertThat(intent.getAmountReceived()).isEqualTo(Intents.AMOUNT);
    assertThat(intent.getLatestCharge()).startsWith("ch_");
  }

  @Test
  void chargeDeclinedIsACardErrorCarryingTheFailedIntent() {
    CardException e =
        catchThrowableOfType(CardException.class, () -> Intents.manual("pm_card_chargeDeclined"));

    assertThat(e.getStatusCode()).isEqualTo(402);
    assertThat(e.getCode()).isEqualTo("card_declined");
    assertThat(e.getDeclineCode()).isEqualTo("generic_decline");
    PaymentIntent declined = e.getStripeError().getPaymentIntent();
    assertThat(declined.getStatus()).isEqualTo("requires_payment_method");
    assertThat(declined.getLastPaymentError().getDeclineCode()).isEqualTo("generic_decline");
  }

  @Test
  void insufficientFundsDeclinesWithItsOwnDeclineCode() {
    CardException e =
        catchThrowableOfType(
            CardException.class, () -> Intents.manual("pm_card_chargeDeclinedInsufficientFunds"));

    assertThat(e.getDeclineCode()).isEqualTo("insufficient_funds");
  }

  @Test
  void threeDSecureCardWaitsForTheBuyer() throws Exception {
    PaymentIntent intent = Intents.manual("pm_card_threeDSecure2Required");

    assertThat(intent.getStatus()).isEqualTo("requires_action");
    assertThat(intent.getNextAction().getType()).isEqualTo("use_stripe_sdk");
  }

  @Test
  void unknownPaymentMethodIsRefusedWithoutCreatingAnIntent() {
    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> Intents.manual("pm_card_nope"));

    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getCode()).isEqualTo("resource_missing");
    assertThat(e.getParam()).isEqualTo("payment_method");
    assertThat(sandbox.get("/sandbox/payment_intents")).isEmpty();
  }

  @Test
  void intentWithoutPaymentMethodRequiresOne() throws Exception {
    PaymentIntent intent = Intents.manual(null);

    assertThat(intent.getStatus()).isEqualTo("requires_payment_method");
  }

  @Test
  void confirmingLaterAppliesTheCardOutcome() throws Exception {
    PaymentIntent created = Intents.manual(null);

    PaymentIntent confirmed =
        sandbox
            .stripe
            .v1()
            .paymentIntents()
            .confirm(
                created.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());

    assertThat(confirmed.getStatus()).isEqualTo("requires_capture");
  }

  @Test
  void retrievingShowsTheCurrentState() throws Exception {
    PaymentIntent created = Intents.manual("pm_card_visa");

    PaymentIntent retrieved = sandbox.stripe.v1().paymentIntents().retrieve(created.getId());

    assertThat(retrieved.getStatus()).isEqualTo("requires_capture");
    assertThat(retrieved.getAmount()).isEqualTo(Intents.AMOUNT);
  }

  @Test
  void unknownIntentIsNotFound() {
    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> sandbox.stripe.v1().paymentIntents().retrieve("pi_missing"));

    assertThat(e.getStatusCode()).isEqualTo(404);
    assertThat(e.getCode()).isEqualTo("resource_missing");
  }

  @Test
  void callWithoutApiKeyIsUnauthorized() {
    HttpResponse<String> response = sandbox.send("GET", "/v1/payment_intents/pi_x", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(TestSandbox.parse(response.body()).at("/error/type").asText())
        .isEqualTo("invalid_request_error");
  }

  @Test
  void liveModeKeyIsRefusedAsStripeWould() {
    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class,
            () ->
                StripeClient.builder()
                    .setApiKey("sk_live_nope")
                    .setApiBase(sandbox.baseUrl)
                    .build()
                    .v1()
                    .paymentIntents()
                    .retrieve("pi_x"));

    assertThat(e.getStatusCode()).isEqualTo(401);
  }
}
