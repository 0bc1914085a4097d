package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.email.EmailReceipt;
import io.temporal.api.enums.v1.EventType;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A step that keeps failing leaves the workflow task that asked for it: its later attempts wait on
 * durable timers, named for the step, while operators and the API see where the saga stands.
 */
class RetryRoundsTest {
  private static final int FIRST_ROUND = SagaActivities.CAPTURE.attemptsInTask(1);

  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void answersTheStartingUpdateWhileTheCaptureWaitsToBeRetried() {
    givenCaptureFailsFor(FIRST_ROUND, () -> {});

    CheckoutState answer = harness.start(request());

    assertThat(answer.status()).isEqualTo(CheckoutStatus.CAPTURING);
    assertThat(answer.paymentStatus()).isEqualTo("requires_capture");
    assertThat(harness.result().status()).isEqualTo(CheckoutStatus.CONFIRMED);
  }

  @Test
  void waitsForTheNextRoundOnATimerNamedForTheStep() {
    givenCaptureFailsFor(FIRST_ROUND, () -> {});
    harness.start(request());
    harness.result();

    assertThat(timerSummaries()).containsExactly("Then retry: Capture " + INTENT_ID);
    verify(harness.payments, times(FIRST_ROUND + 1)).capture(any());
  }

  @Test
  void saysWhichStepWaitsToBeRetriedAfterWhatFailure() {
    givenCaptureFailsFor(FIRST_ROUND, () -> {});
    // Answered as the saga starts waiting; time skips to the retry only once a test waits on it.
    harness.start(request());

    assertThat(harness.currentDetails(WORKFLOW_ID))
        .startsWith("**Retrying** Capture " + INTENT_ID + ": 3 attempts failed")
        .contains("Stripe unavailable")
        .contains("Next attempt at ");
  }

  @Test
  void keepsTheFirstRoundOfAStepWithinOneTask() {
    givenCaptureFailsFor(FIRST_ROUND - 1, () -> {});
    harness.start(request());
    harness.result();

    assertThat(timerSummaries()).isEmpty();
    verify(harness.payments, times(FIRST_ROUND)).capture(any());
  }

  @Test
  void answersConfirmedBeforeAnEmailThatFailedIsTriedAgain() {
    AtomicInteger sends = new AtomicInteger();
    when(harness.email.sendConfirmation(any()))
        .thenAnswer(call -> {
          if (sends.incrementAndGet() == 1) {
            throw new IllegalStateException("SendGrid unavailable");
          }
          return new EmailReceipt("c-1", "msg-1", false);
        });

    CheckoutState answer = harness.start(request());

    assertThat(answer.status()).isEqualTo(CheckoutStatus.CONFIRMED);
    assertThat(harness.result().needsAttention()).isFalse();
    assertThat(sends.get()).isEqualTo(2);
  }

  @Test
  void failsTheStepOnceItsWindowIsOver() {
    when(harness.payments.capture(any())).thenThrow(new IllegalStateException("Stripe down"));
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    assertThat(result.failure().code()).isEqualTo(CheckoutFailure.CAPTURE_FAILED);
    verify(harness.payments).undo(any());
  }

  /**
   * Capture fails {@code failures} times, then succeeds; {@code onRetry} runs at the first attempt
   * after them.
   */
  private void givenCaptureFailsFor(int failures, Runnable onRetry) {
    AtomicInteger attempts = new AtomicInteger();
    when(harness.payments.capture(any()))
        .thenAnswer(call -> {
          if (attempts.incrementAndGet() <= failures) {
            throw new IllegalStateException("Stripe unavailable");
          }
          onRetry.run();
          return intent("succeeded");
        });
  }

  private List<String> timerSummaries() {
    return harness.client.fetchHistory(WORKFLOW_ID).getEvents().stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_TIMER_STARTED)
        .map(event ->
            DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
                event.getUserMetadata().getSummary(), String.class, String.class))
        .toList();
  }
}
