package com.boxoffice.payment;

import static com.boxoffice.payment.PaymentFixture.AMOUNT;
import static com.boxoffice.payment.PaymentFixture.DECLINED;
import static com.boxoffice.payment.PaymentFixture.INSUFFICIENT_FUNDS;
import static com.boxoffice.payment.PaymentFixture.THREE_D_SECURE;
import static com.boxoffice.payment.PaymentFixture.VISA;
import static com.boxoffice.payment.PaymentFixture.authorization;
import static com.boxoffice.payment.PaymentFixture.nonRetryableFailure;
import static com.boxoffice.payment.PaymentFixture.payments;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.payment.AuthorizeRequest;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.testkit.SandboxExtension;
import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorizeTest {
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private StripePaymentActivities payments;

  @BeforeEach
  void stripe() {
    payments = payments(sandbox.baseUrl());
  }

  @Test
  void holdsTheAmountOnTheCardWhenCaptureIsManual() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));

    assertThat(intent.status()).isEqualTo("requires_capture");
    assertThat(intent.amountCapturable()).isEqualTo(AMOUNT.value());
    assertThat(intent.amountReceived()).isZero();
  }

  @Test
  void chargesTheCardAtOnceWhenCaptureIsAutomatic() {
    PaymentIntentStatus intent =
        payments.authorize(authorization("c1", VISA, CaptureMethod.AUTOMATIC));

    assertThat(intent.status()).isEqualTo("succeeded");
    assertThat(intent.amountReceived()).isEqualTo(AMOUNT.value());
  }

  @Test
  void createsTheIntentForTheCheckoutsAmountCurrencyAndCard() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));

    JsonNode stored = sandbox.intent(intent.paymentIntentId());
    assertThat(stored.path("amount").asLong()).isEqualTo(15_000);
    assertThat(stored.path("currency").asText()).isEqualTo("usd");
    assertThat(stored.path("capture_method").asText()).isEqualTo("manual");
    assertThat(stored.path("metadata").path("checkout_id").asText()).isEqualTo("c1");
    assertThat(stored.path("payment_method").asText()).isEqualTo(VISA);
  }

  @Test
  void leavesTheIntentForTheBuyerToConfirmWhenNoPaymentMethodIsGiven() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", null));

    assertThat(intent.status()).isEqualTo("requires_payment_method");
    assertThat(intent.clientSecret()).startsWith(intent.paymentIntentId() + "_secret_");
  }

  @Test
  void waitsForTheBuyerWhenTheCardAsksForThreeDSecure() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", THREE_D_SECURE));

    assertThat(intent.status()).isEqualTo("requires_action");
  }

  @Test
  void failsWithoutRetryNamingTheIntentWhenTheCardIsDeclined() {
    ApplicationFailure failure =
        nonRetryableFailure(
            () -> payments.authorize(authorization("c1", DECLINED)),
            PaymentActivities.CARD_DECLINED);

    String intentId = failure.getDetails().get(0, String.class);
    assertThat(sandbox.intent(intentId).path("metadata").path("checkout_id").asText())
        .isEqualTo("c1");
    assertThat(failure.getDetails().get(1, String.class)).isEqualTo("generic_decline");
  }

  @Test
  void reportsInsufficientFundsAsTheDeclineCode() {
    ApplicationFailure failure =
        nonRetryableFailure(
            () -> payments.authorize(authorization("c1", INSUFFICIENT_FUNDS)),
            PaymentActivities.CARD_DECLINED);

    assertThat(failure.getDetails().get(1, String.class)).isEqualTo("insufficient_funds");
  }

  @Test
  void returnsTheSameIntentWhenCalledAgainWithTheSameKey() {
    PaymentIntentStatus first = payments.authorize(authorization("c1", VISA));

    PaymentIntentStatus second = payments.authorize(authorization("c1", VISA));

    assertThat(second.paymentIntentId()).isEqualTo(first.paymentIntentId());
    assertThat(sandbox.intents()).hasSize(1);
  }

  @Test
  void rejectsWithoutRetryAKeyReusedForAnotherAmount() {
    payments.authorize(authorization("c1", VISA));
    AuthorizeRequest other = authorization("c1", VISA);
    AuthorizeRequest otherAmount =
        new AuthorizeRequest(
            other.checkoutId(),
            other.idempotencyKey(),
            new Money(99, "usd"),
            other.paymentMethodId(),
            other.captureMethod(),
            other.customerEmail(),
            other.description());

    nonRetryableFailure(() -> payments.authorize(otherAmount), PaymentActivities.PAYMENT_REJECTED);
  }

  @Test
  void rejectsWithoutRetryAPaymentMethodStripeDoesNotKnow() {
    nonRetryableFailure(
        () -> payments.authorize(authorization("c1", "pm_card_unknown")),
        PaymentActivities.PAYMENT_REJECTED);
  }
}
