package com.boxoffice.payment;

import static com.boxoffice.payment.PaymentFixture.AMOUNT;
import static com.boxoffice.payment.PaymentFixture.VISA;
import static com.boxoffice.payment.PaymentFixture.authorization;
import static com.boxoffice.payment.PaymentFixture.capture;
import static com.boxoffice.payment.PaymentFixture.nonRetryableFailure;
import static com.boxoffice.payment.PaymentFixture.payments;
import static com.boxoffice.payment.PaymentFixture.undo;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.payment.CaptureRequest;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.testkit.SandboxExtension;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CaptureTest {
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private StripePaymentActivities payments;
  private PaymentIntentStatus authorized;

  @BeforeEach
  void authorizedIntent() {
    payments = payments(sandbox.baseUrl());
    authorized = payments.authorize(authorization("c1", VISA));
  }

  @Test
  void capturesTheAuthorizedAmount() {
    PaymentIntentStatus captured = payments.capture(capture(authorized, "checkout-c1:capture"));

    assertThat(captured.status()).isEqualTo("succeeded");
    assertThat(captured.amountReceived()).isEqualTo(AMOUNT.value());
  }

  @Test
  void capturesOnceWhenRetriedWithTheSameKey() {
    payments.capture(capture(authorized, "checkout-c1:capture"));

    PaymentIntentStatus again = payments.capture(capture(authorized, "checkout-c1:capture"));

    assertThat(again.isCaptured()).isTrue();
    JsonNode stored = sandbox.intent(authorized.paymentIntentId());
    assertThat(stored.path("capture_count").asInt()).isEqualTo(1);
    assertThat(stored.path("amount_received").asLong()).isEqualTo(AMOUNT.value());
  }

  @Test
  void returnsTheCapturedIntentWhenAnotherKeyCapturedItAlready() {
    payments.capture(capture(authorized, "checkout-c1:capture"));

    PaymentIntentStatus again = payments.capture(capture(authorized, "admin:capture"));

    assertThat(again.status()).isEqualTo("succeeded");
    assertThat(sandbox.intent(authorized.paymentIntentId()).path("capture_count").asInt())
        .isEqualTo(1);
  }

  @Test
  void rejectsWithoutRetryTheCaptureOfACanceledIntent() {
    payments.undo(undo(authorized));

    nonRetryableFailure(
        () -> payments.capture(capture(authorized, "checkout-c1:capture")),
        PaymentActivities.PAYMENT_REJECTED);
  }

  @Test
  void rejectsWithoutRetryTheCaptureOfAnIntentStripeDoesNotKnow() {
    nonRetryableFailure(
        () -> payments.capture(new CaptureRequest("pi_missing", "checkout-c1:capture")),
        PaymentActivities.PAYMENT_REJECTED);
  }
}
