package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.payment.PaymentActivities;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CheckoutPaymentFailureTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void releasesSeatsWhenCardIsDeclined() {
    givenTheCardIsDeclined();
    catchThrowableOfType(WorkflowUpdateException.class, () -> harness.start(request()));

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    assertThat(result.failure().code()).isEqualTo(CheckoutFailure.PAYMENT_DECLINED);
    assertThat(result.failure().message()).contains("insufficient_funds");
    verify(harness.inventory)
        .releaseSeats(argThat(release -> "PAYMENT_FAILED".equals(release.finalStatus().status())));
  }

  @Test
  void failsTheStartingUpdateAsPaymentDeclinedWhenCardIsDeclined() {
    givenTheCardIsDeclined();

    WorkflowUpdateException failure =
        catchThrowableOfType(WorkflowUpdateException.class, () -> harness.start(request()));

    assertThat(failure.getCause()).isInstanceOf(ApplicationFailure.class);
    assertThat(((ApplicationFailure) failure.getCause()).getType())
        .isEqualTo(CheckoutFailure.PAYMENT_DECLINED);
  }

  @Test
  void endsAsPaymentFailedAndReleasesSeatsWhenStripeStaysUnavailable() {
    when(harness.payments.authorize(any())).thenThrow(new IllegalStateException("Stripe is down"));
    harness.startWithoutWaiting(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    assertThat(result.failure().code()).isEqualTo(CheckoutFailure.PAYMENT_FAILED);
    verify(harness.inventory).releaseSeats(any());
  }

  @Test
  void voidsTheAuthorizationWhoseAnswerWasLostBeforeTheSagaGaveUp() {
    // Stripe authorized the card, but no attempt's answer reached the saga within its half minute.
    when(harness.payments.authorize(any())).thenThrow(new IllegalStateException("worker killed"));
    when(harness.payments.recoverAuthorization(any())).thenReturn(intent("requires_capture"));
    harness.startWithoutWaiting(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    verify(harness.payments)
        .recoverAuthorization(
            argThat(again -> again.idempotencyKey().equals(WORKFLOW_ID + ":authorize")));
    verify(harness.payments).undo(argThat(undo -> INTENT_ID.equals(undo.paymentIntentId())));
    verify(harness.inventory)
        .releaseSeats(
            argThat(release -> INTENT_ID.equals(release.finalStatus().paymentIntentId())));
  }

  @Test
  void voidsNothingWhenTheLostAuthorizationMadeNoIntent() {
    when(harness.payments.authorize(any())).thenThrow(new IllegalStateException("Stripe is down"));
    when(harness.payments.recoverAuthorization(any())).thenReturn(null);
    harness.startWithoutWaiting(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    verify(harness.payments, never()).undo(any());
    verify(harness.inventory).releaseSeats(any());
  }

  @Test
  void voidsAndReleasesSeatsWhenThreeDSecureFails() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());

    harness
        .checkout()
        .paymentUpdated(
            new PaymentUpdate(
                "evt_1",
                "payment_intent.payment_failed",
                INTENT_ID,
                "requires_payment_method",
                "authentication_required",
                "The buyer failed 3-D Secure"));
    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    verify(harness.payments).undo(argThat(undo -> INTENT_ID.equals(undo.paymentIntentId())));
    verify(harness.inventory).releaseSeats(any());
  }

  @Test
  void voidsAndReleasesSeatsInsteadOfConfirmingWhenCaptureFailsForGood() {
    when(harness.payments.capture(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "This PaymentIntent could not be captured", PaymentActivities.PAYMENT_REJECTED));
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    assertThat(result.failure().code()).isEqualTo(CheckoutFailure.CAPTURE_FAILED);
    verify(harness.payments).undo(argThat(undo -> INTENT_ID.equals(undo.paymentIntentId())));
    verify(harness.inventory).releaseSeats(any());
    verify(harness.inventory, never()).confirmOrder(any());
  }

  private void givenTheCardIsDeclined() {
    when(harness.payments.authorize(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "Your card has insufficient funds.",
                PaymentActivities.CARD_DECLINED,
                INTENT_ID,
                "insufficient_funds"));
  }
}
