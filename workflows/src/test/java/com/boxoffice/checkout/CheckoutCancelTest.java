package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CheckoutCancelTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void voidsAndReleasesSeatsWhenTheBuyerCancelsBeforePaying() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());

    CheckoutState accepted = harness.checkout().cancel(new CancelRequest("changed my mind"));
    CheckoutState result = harness.result();

    assertThat(accepted.status()).isIn(CheckoutStatus.COMPENSATING, CheckoutStatus.CANCELLED);
    assertThat(result.status()).isEqualTo(CheckoutStatus.CANCELLED);
    verify(harness.payments).undo(argThat(undo -> INTENT_ID.equals(undo.paymentIntentId())));
    verify(harness.inventory)
        .releaseSeats(argThat(release -> "CANCELLED".equals(release.finalStatus().status())));
    verify(harness.payments, never()).capture(any());
  }

  @Test
  void rejectsACancelOnceTheOrderIsConfirmed() throws Exception {
    CountDownLatch emailing = new CountDownLatch(1);
    CountDownLatch rejected = new CountDownLatch(1);
    doAnswer(
            call -> {
              emailing.countDown();
              rejected.await(10, TimeUnit.SECONDS);
              return null;
            })
        .when(harness.email)
        .sendConfirmation(any());
    harness.start(request());
    assertThat(emailing.await(10, TimeUnit.SECONDS)).isTrue();

    WorkflowUpdateException failure =
        catchThrowableOfType(
            WorkflowUpdateException.class,
            () -> harness.checkout().cancel(new CancelRequest("too late")));
    rejected.countDown();

    assertThat(((ApplicationFailure) failure.getCause()).getType())
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(harness.result().status()).isEqualTo(CheckoutStatus.CONFIRMED);
  }

  @Test
  void compensatesWhenTheWorkflowIsCancelledBeforePayment() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());

    harness.untyped(WORKFLOW_ID).cancel();
    WorkflowFailedException cancelled =
        catchThrowableOfType(WorkflowFailedException.class, harness::result);

    assertThat(cancelled.getCause()).isInstanceOf(CanceledFailure.class);
    assertThat(harness.checkout().state().status()).isEqualTo(CheckoutStatus.CANCELLED);
    verify(harness.payments).undo(argThat(undo -> INTENT_ID.equals(undo.paymentIntentId())));
    verify(harness.inventory).releaseSeats(any());
  }
}
