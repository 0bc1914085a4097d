package com.boxoffice.payment;

import static com.boxoffice.payment.PaymentFixture.AMOUNT;
import static com.boxoffice.payment.PaymentFixture.VISA;
import static com.boxoffice.payment.PaymentFixture.authorization;
import static com.boxoffice.payment.PaymentFixture.capture;
import static com.boxoffice.payment.PaymentFixture.payments;
import static com.boxoffice.payment.PaymentFixture.undo;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.checkout.contract.payment.UndoPaymentResult;
import com.boxoffice.checkout.contract.payment.UndoPaymentResult.Outcome;
import com.boxoffice.testkit.SandboxExtension;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UndoPaymentTest {
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private StripePaymentActivities payments;

  @BeforeEach
  void stripe() {
    payments = payments(sandbox.baseUrl());
  }

  @Test
  void voidsAnAuthorizedIntent() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));

    UndoPaymentResult result = payments.undo(undo(intent));

    assertThat(result.outcome()).isEqualTo(Outcome.VOIDED);
    assertThat(sandbox.intent(intent.paymentIntentId()).path("status").asText())
        .isEqualTo("canceled");
  }

  @Test
  void voidsAnIntentTheBuyerNeverConfirmed() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", null));

    assertThat(payments.undo(undo(intent)).outcome()).isEqualTo(Outcome.VOIDED);
  }

  @Test
  void refundsACapturedIntentInFull() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));
    payments.capture(capture(intent, "checkout-c1:capture"));

    UndoPaymentResult result = payments.undo(undo(intent));

    assertThat(result.outcome()).isEqualTo(Outcome.REFUNDED);
    JsonNode stored = sandbox.intent(intent.paymentIntentId());
    assertThat(stored.path("amount_refunded").asLong()).isEqualTo(AMOUNT.value());
    assertThat(stored.path("refunds").get(0).path("id").asText()).isEqualTo(result.refundId());
  }

  @Test
  void refundsAnIntentChargedAtOnce() {
    PaymentIntentStatus intent =
        payments.authorize(authorization("c1", VISA, CaptureMethod.AUTOMATIC));

    assertThat(payments.undo(undo(intent)).outcome()).isEqualTo(Outcome.REFUNDED);
  }

  @Test
  void reportsAVoidedIntentAsAlreadyUndone() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));
    payments.undo(undo(intent));

    UndoPaymentResult again = payments.undo(undo(intent));

    assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_UNDONE);
  }

  @Test
  void refundsOnceWhenUndoneTwice() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));
    payments.capture(capture(intent, "checkout-c1:capture"));
    payments.undo(undo(intent));

    UndoPaymentResult again = payments.undo(undo(intent));

    assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_UNDONE);
    assertThat(sandbox.intent(intent.paymentIntentId()).path("refunds")).hasSize(1);
  }
}
