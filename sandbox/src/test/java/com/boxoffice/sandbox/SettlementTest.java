package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.service.PaymentIntentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettlementTest {
  private final TestSandbox sandbox = TestSandbox.get();
  private final PaymentIntentService intents = sandbox.stripe.v1().paymentIntents();

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void captureChargesTheAuthorizedAmount() throws Exception {
    PaymentIntent authorized = Intents.manual("pm_card_visa");

    PaymentIntent captured = intents.capture(authorized.getId());

    assertThat(captured.getStatus()).isEqualTo("succeeded");
    assertThat(captured.getAmountReceived()).isEqualTo(Intents.AMOUNT);
    assertThat(captured.getAmountCapturable()).isZero();
  }

  @Test
  void partialCaptureChargesOnlyTheAmountToCapture() throws Exception {
    PaymentIntent authorized = Intents.manual("pm_card_visa");

    PaymentIntent captured =
        intents.capture(
            authorized.getId(),
            PaymentIntentCaptureParams.builder().setAmountToCapture(5_000L).build());

    assertThat(captured.getAmountReceived()).isEqualTo(5_000L);
  }

  @Test
  void secondCaptureIsAnUnexpectedState() throws Exception {
    PaymentIntent authorized = Intents.manual("pm_card_visa");
    intents.capture(authorized.getId());

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> intents.capture(authorized.getId()));

    assertThat(e.getCode()).isEqualTo("payment_intent_unexpected_state");
    assertThat(sandbox.get("/sandbox/payment_intents").get(0).get("capture_count").asInt())
        .isEqualTo(1);
  }

  @Test
  void cancelVoidsAnAuthorization() throws Exception {
    PaymentIntent authorized = Intents.manual("pm_card_visa");

    PaymentIntent canceled =
        intents.cancel(
            authorized.getId(),
            PaymentIntentCancelParams.builder()
                .setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED)
                .build());

    assertThat(canceled.getStatus()).isEqualTo("canceled");
    assertThat(canceled.getCancellationReason()).isEqualTo("abandoned");
    assertThat(canceled.getAmountCapturable()).isZero();
  }

  @Test
  void cancelingACanceledIntentIsAnUnexpectedState() throws Exception {
    PaymentIntent authorized = Intents.manual("pm_card_visa");
    intents.cancel(authorized.getId());

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> intents.cancel(authorized.getId()));

    assertThat(e.getCode()).isEqualTo("payment_intent_unexpected_state");
  }

  @Test
  void cancelingASucceededIntentIsAnUnexpectedState() throws Exception {
    PaymentIntent charged = Intents.automatic("pm_card_visa");

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> intents.cancel(charged.getId()));

    assertThat(e.getCode()).isEqualTo("payment_intent_unexpected_state");
  }

  @Test
  void refundWithoutAmountRefundsEverythingCaptured() throws Exception {
    PaymentIntent charged = Intents.automatic("pm_card_visa");

    Refund refund = refund(charged.getId(), null);

    assertThat(refund.getId()).startsWith("re_");
    assertThat(refund.getStatus()).isEqualTo("succeeded");
    assertThat(refund.getAmount()).isEqualTo(Intents.AMOUNT);
    assertThat(refund.getPaymentIntent()).isEqualTo(charged.getId());
  }

  @Test
  void refundsAreShownOnTheIntentsCharge() throws Exception {
    PaymentIntent charged = Intents.automatic("pm_card_visa");
    refund(charged.getId(), 4_000L);

    PaymentIntent retrieved =
        intents.retrieve(
            charged.getId(),
            PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build());

    Charge charge = retrieved.getLatestChargeObject();
    assertThat(charge.getAmountRefunded()).isEqualTo(4_000L);
    assertThat(charge.getRefunded()).isFalse();
  }

  @Test
  void sandboxViewListsRefundsAndRefundedAmount() throws Exception {
    PaymentIntent charged = Intents.automatic("pm_card_visa");
    refund(charged.getId(), 4_000L);
    refund(charged.getId(), 1_000L);

    JsonNode view = sandbox.get("/sandbox/payment_intents/" + charged.getId());

    assertThat(view.get("amount_received").asLong()).isEqualTo(Intents.AMOUNT);
    assertThat(view.get("amount_refunded").asLong()).isEqualTo(5_000L);
    assertThat(view.get("refunds")).hasSize(2);
  }

  @Test
  void refundingMoreThanCapturedIsRefused() throws Exception {
    PaymentIntent charged = Intents.automatic("pm_card_visa");
    refund(charged.getId(), 10_000L);

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> refund(charged.getId(), 10_000L));

    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getParam()).isEqualTo("amount");
  }

  @Test
  void refundingAnUncapturedIntentIsRefused() throws Exception {
    PaymentIntent authorized = Intents.manual("pm_card_visa");

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> refund(authorized.getId(), null));

    assertThat(e.getCode()).isEqualTo("payment_intent_unexpected_state");
  }

  @Test
  void refundCanBeRetrieved() throws Exception {
    Refund refund = refund(Intents.automatic("pm_card_visa").getId(), 100L);

    Refund retrieved = sandbox.stripe.v1().refunds().retrieve(refund.getId());

    assertThat(retrieved.getAmount()).isEqualTo(100L);
  }

  private Refund refund(String intentId, Long amount) throws Exception {
    RefundCreateParams.Builder params =
        RefundCreateParams.builder()
            .setPaymentIntent(intentId)
            .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER);
    if (amount != null) {
      params.setAmount(amount);
    }
    return sandbox.stripe.v1().refunds().create(params.build());
  }
}
