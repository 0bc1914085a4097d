package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static com.boxoffice.checkout.CheckoutFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The saga's own metrics, read through the same Micrometer bridge the worker exposes. */
class CheckoutMetricsTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void countsAConfirmedCheckoutUnderItsOutcome() {
    harness.start(request());
    harness.result();

    MeterRegistry meters = harness.reportedMetrics();

    assertThat(checkouts(meters, "CONFIRMED")).isEqualTo(1);
    assertThat(meters.find(CheckoutMetrics.CHECKOUTS).counters()).hasSize(1);
  }

  @Test
  void countsACheckoutThatEndedSoldOutUnderItsOutcome() {
    doThrow(
            ApplicationFailure.newNonRetryableFailure(
                "2 seats asked, 1 left", InventoryActivities.SOLD_OUT))
        .when(harness.inventory)
        .holdSeats(any());
    harness.startWithoutWaiting(request());
    harness.result();

    assertThat(checkouts(harness.reportedMetrics(), "SOLD_OUT")).isEqualTo(1);
  }

  @Test
  void timesTheWaitFromTheHoldToTheConfirmation() throws Exception {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());
    harness.env.sleep(Duration.ofMinutes(3));
    harness
        .checkout()
        .paymentUpdated(
            webhook("evt_1", "payment_intent.amount_capturable_updated", "requires_capture"));
    harness.result();

    Timer holdToConfirm = harness.reportedMetrics().find(CheckoutMetrics.HOLD_TO_CONFIRM).timer();

    assertThat(holdToConfirm.count()).isEqualTo(1);
    assertThat(holdToConfirm.totalTime(TimeUnit.MINUTES)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void countsEachRoundOfACompensationByStepAndResult() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    AtomicInteger releases = new AtomicInteger();
    doAnswer(
            call -> {
              if (releases.incrementAndGet() <= SagaActivities.COMPENSATION_ATTEMPTS) {
                throw new IllegalStateException("database unavailable");
              }
              return null;
            })
        .when(harness.inventory)
        .releaseSeats(any());
    harness.start(request());
    harness.result();

    MeterRegistry meters = harness.reportedMetrics();

    assertThat(compensations(meters, "undo_payment", "succeeded")).isEqualTo(1);
    assertThat(compensations(meters, "release_seats", "failed")).isEqualTo(1);
    assertThat(compensations(meters, "release_seats", "succeeded")).isEqualTo(1);
  }

  private static double checkouts(MeterRegistry meters, String outcome) {
    return meters.get(CheckoutMetrics.CHECKOUTS).tag("outcome", outcome).counter().count();
  }

  private static double compensations(MeterRegistry meters, String step, String result) {
    return meters
        .get(CheckoutMetrics.COMPENSATIONS)
        .tag("step", step)
        .tag("result", result)
        .counter()
        .count();
  }
}
