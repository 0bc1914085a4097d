package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static com.boxoffice.checkout.CheckoutFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.checkout.contract.payment.UndoPaymentResult;
import io.temporal.failure.ApplicationFailure;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CheckoutDeadlineTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  /** Unless a story says otherwise, the card needs 3-D Secure: the saga waits for a webhook. */
  @BeforeEach
  void cardNeedsThreeDSecure() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
  }

  @Test
  void expiresAndReleasesSeatsWhenNoPaymentArrivesBeforeTheHoldDeadline() {
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.EXPIRED);
    assertThat(result.failure().code()).isEqualTo(CheckoutFailure.EXPIRED);
    verify(harness.payments).retrieve(any());
    verify(harness.inventory)
        .releaseSeats(argThat(release -> "EXPIRED".equals(release.finalStatus().status())));
  }

  @Test
  void confirmsWhenTheWebhookWasLostButStripeSaysTheCardIsAuthorized() {
    when(harness.payments.retrieve(any())).thenReturn(intent("requires_capture"));
    harness.start(request());

    assertThat(harness.result().status()).isEqualTo(CheckoutStatus.CONFIRMED);
  }

  @Test
  void endsPaymentFailedWhenTheFailureWebhookWasLostAndStripeSaysTheAttemptFailed() {
    when(harness.payments.retrieve(any()))
        .thenReturn(
            new PaymentIntentStatus(
                INTENT_ID,
                INTENT_ID + "_secret_42",
                "requires_payment_method",
                0,
                0,
                "payment_intent_authentication_failure",
                "The provided PaymentMethod has failed authentication."));
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    assertThat(result.failure().code()).isEqualTo(CheckoutFailure.PAYMENT_DECLINED);
    assertThat(result.failure().message()).contains("payment_intent_authentication_failure");
    verify(harness.payments).undo(any());
    verify(harness.inventory)
        .releaseSeats(argThat(release -> "PAYMENT_FAILED".equals(release.finalStatus().status())));
  }

  @Test
  void ignoresAnAuthorizationWebhookThatArrivesAfterTheHoldExpired() throws Exception {
    CountDownLatch voiding = new CountDownLatch(1);
    CountDownLatch webhookSent = new CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    // The void's first round of attempts fails, so the saga waits on a timer while compensating;
    // the late webhook arrives then, in a workflow task of its own.
    doAnswer(
            call -> {
              if (attempts.incrementAndGet()
                  <= firstRoundOfAttempts(SagaActivities.COMPENSATING_PAYMENTS)) {
                voiding.countDown();
                throw new IllegalStateException("Stripe unavailable");
              }
              webhookSent.await(10, TimeUnit.SECONDS);
              return new UndoPaymentResult(INTENT_ID, UndoPaymentResult.Outcome.VOIDED, null);
            })
        .when(harness.payments)
        .undo(any());
    harness.start(request());
    // A blocking wait for the result is what lets time skip to the deadline.
    CompletableFuture<CheckoutState> ending = CompletableFuture.supplyAsync(harness::result);
    assertThat(voiding.await(10, TimeUnit.SECONDS)).isTrue();

    harness
        .checkout()
        .paymentUpdated(webhook("evt_late", "payment_intent.amount_capturable_updated", "x"));
    webhookSent.countDown();
    CheckoutState result = ending.get(10, TimeUnit.SECONDS);

    assertThat(result.status()).isEqualTo(CheckoutStatus.EXPIRED);
    assertThat(result.paymentStatus()).isEqualTo("requires_action");
    verify(harness.payments, never()).capture(any());
  }

  /**
   * The void at the deadline makes Stripe send payment_intent.canceled. When that webhook reaches
   * the workflow before the task that voided ends, the server refuses the task's completion
   * (UnhandledCommand), and the task runs again with the timer and the cancellation side by side:
   * the cancellation is the saga's own, and the checkout still expired.
   */
  @Test
  void expiresWhenTheVoidsOwnCancellationWebhookArrivesBeforeTheTaskEnds() throws Exception {
    AtomicInteger voids = new AtomicInteger();
    when(harness.payments.retrieve(any()))
        .thenAnswer(call -> intent(voids.get() == 0 ? "requires_action" : "canceled"));
    doAnswer(
            call -> {
              if (voids.incrementAndGet() == 1) {
                harness
                    .checkout()
                    .paymentUpdated(webhook("evt_void", "payment_intent.canceled", "canceled"));
              }
              return new UndoPaymentResult(INTENT_ID, UndoPaymentResult.Outcome.VOIDED, null);
            })
        .when(harness.payments)
        .undo(any());
    harness.start(request());

    CheckoutState result = harness.result();

    // The server refused the first task: it voided, and released the seats, once more.
    assertThat(voids).hasValue(2);
    assertThat(result.status()).isEqualTo(CheckoutStatus.EXPIRED);
    assertThat(result.failure().code()).isEqualTo(CheckoutFailure.EXPIRED);
    verify(harness.inventory, never())
        .releaseSeats(argThat(release -> !"EXPIRED".equals(release.finalStatus().status())));
  }

  /** The same, when the webhook is lost too: Stripe, asked at the deadline, says canceled. */
  @Test
  void expiresWhenStripeAskedAtTheDeadlineSaysTheIntentIsAlreadyCanceled() {
    when(harness.payments.retrieve(any())).thenReturn(intent("canceled"));
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.EXPIRED);
    assertThat(result.failure().code()).isEqualTo(CheckoutFailure.EXPIRED);
    assertThat(result.paymentStatus()).isEqualTo("canceled");
  }

  private static int firstRoundOfAttempts(Step<?> step) {
    return step.attemptsInTask(1);
  }

  @Test
  void refundsWhenTheHoldLapsedBeforeTheOrderCouldBeConfirmed() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_capture"));
    when(harness.inventory.confirmOrder(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "hold released", InventoryActivities.HOLD_NOT_ACTIVE));
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.EXPIRED);
    verify(harness.payments).undo(any());
  }
}
