package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static com.boxoffice.checkout.CheckoutFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.payment.CaptureRequest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

class CheckoutWebhookTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  /** Unless a story says otherwise, the card needs 3-D Secure: the saga waits for a webhook. */
  @BeforeEach
  void cardNeedsThreeDSecure() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
  }

  @Test
  void keepsTheStatusStripeAnsweredWhenAnOlderWebhookArrivesLater() throws InterruptedException {
    harness.start(request());
    CheckoutWorkflow checkout = harness.checkout();

    checkout.paymentUpdated(webhook("evt_1", "payment_intent.created", "requires_confirmation"));

    harness.awaitSignalsHandled();

    assertThat(checkout.state().paymentStatus()).isEqualTo("requires_action");
  }

  /**
   * A redelivery that lands while the saga's last workflow task runs makes the server refuse that
   * task's end, and its local activities run again: Stripe captures once because every attempt
   * carries the same idempotency key. The first capture waits until the redelivery has been sent,
   * so that the saga cannot have ended before it arrives, however slow the machine.
   */
  @Test
  void capturesUnderOneIdempotencyKeyWhenTheAuthorizationWebhookIsRedelivered() {
    harness.start(request());
    CheckoutWorkflow checkout = harness.checkout();
    PaymentUpdate authorized =
        webhook("evt_1", "payment_intent.amount_capturable_updated", "requires_capture");
    CountDownLatch redelivered = new CountDownLatch(1);
    when(harness.payments.capture(any()))
        .thenAnswer(call -> {
          redelivered.await(10, TimeUnit.SECONDS);
          return intent("succeeded");
        });

    checkout.paymentUpdated(authorized);
    checkout.paymentUpdated(authorized);
    redelivered.countDown();

    assertThat(harness.result().status()).isEqualTo(CheckoutStatus.CONFIRMED);
    ArgumentCaptor<CaptureRequest> captures = ArgumentCaptor.forClass(CaptureRequest.class);
    verify(harness.payments, atLeastOnce()).capture(captures.capture());
    assertThat(captures.getAllValues())
        .extracting(CaptureRequest::idempotencyKey)
        .containsOnly(WORKFLOW_ID + ":capture");
  }

  @Test
  void ignoresAWebhookAboutAnotherPaymentIntent() {
    harness.start(request());

    harness
        .checkout()
        .paymentUpdated(
            new PaymentUpdate(
                "evt_1",
                "payment_intent.amount_capturable_updated",
                "pi_someone_else",
                "requires_capture",
                null,
                null));

    assertThat(harness.result().status()).isEqualTo(CheckoutStatus.EXPIRED);
    verify(harness.payments, never()).capture(any());
  }
}
