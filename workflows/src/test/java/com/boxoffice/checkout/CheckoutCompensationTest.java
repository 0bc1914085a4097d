package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

class CheckoutCompensationTest {
  /** More than one round of the compensation's own retries. */
  private static final int RELEASE_FAILURES = SagaActivities.COMPENSATION_ATTEMPTS + 2;

  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void undoesThePaymentBeforeReleasingTheSeats() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());
    harness.result();

    InOrder order = inOrder(harness.payments, harness.inventory);
    order.verify(harness.payments).undo(any());
    order.verify(harness.inventory).releaseSeats(any());
  }

  @Test
  void flagsTheCheckoutForOperatorsWhileACompensationKeepsFailing() {
    givenReleasingSeatsFailsFor(RELEASE_FAILURES);
    harness.start(request());
    harness.result();

    verify(harness.inventory)
        .recordStatus(argThat(update -> Boolean.TRUE.equals(update.needsAttention())));
    verify(harness.inventory, times(RELEASE_FAILURES + 1)).releaseSeats(any());
  }

  @Test
  void clearsTheFlagOnceTheFailingCompensationSucceeds() {
    givenReleasingSeatsFailsFor(RELEASE_FAILURES);
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.needsAttention()).isFalse();
    assertThat(result.status()).isEqualTo(CheckoutStatus.EXPIRED);
    verify(harness.inventory)
        .recordStatus(argThat(update -> Boolean.FALSE.equals(update.needsAttention())));
  }

  @Test
  void endsSoldOutWithoutTouchingThePaymentWhenSeatsAreShort() {
    givenSoldOut();
    catchThrowableOfType(WorkflowUpdateException.class, () -> harness.start(request()));

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.SOLD_OUT);
    verify(harness.payments, never()).authorize(any());
    verify(harness.inventory, never()).releaseSeats(any());
  }

  @Test
  void failsTheStartingUpdateAsSoldOutWhenSeatsAreShort() {
    givenSoldOut();

    WorkflowUpdateException failure =
        catchThrowableOfType(WorkflowUpdateException.class, () -> harness.start(request()));

    assertThat(((ApplicationFailure) failure.getCause()).getType())
        .isEqualTo(CheckoutFailure.SOLD_OUT);
  }

  private void givenSoldOut() {
    doThrow(
            ApplicationFailure.newNonRetryableFailure(
                "2 seats asked, 1 left", InventoryActivities.SOLD_OUT))
        .when(harness.inventory)
        .holdSeats(any());
  }

  /** Seats are released at expiry, after Stripe said the buyer never paid. */
  private void givenReleasingSeatsFailsFor(int failures) {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    AtomicInteger calls = new AtomicInteger();
    doAnswer(
            call -> {
              if (calls.incrementAndGet() <= failures) {
                throw new IllegalStateException("database unavailable");
              }
              return null;
            })
        .when(harness.inventory)
        .releaseSeats(any());
  }
}
