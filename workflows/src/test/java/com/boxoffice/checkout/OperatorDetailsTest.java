package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** What an operator reads on a checkout's page in the Temporal UI. */
class OperatorDetailsTest {
  private CheckoutHarness harness;

  @BeforeEach
  void startTemporal(TestInfo test) {
    harness = new CheckoutHarness(HistoryRecorder.forTest(test));
  }

  @AfterEach
  void stopTemporal() {
    harness.close();
  }

  @Test
  void summarizesEveryActivityInWordsAnOperatorReads() {
    harness.start(request());
    harness.result();

    assertThat(activitySummaries())
        .contains(
            "Hold 2 seats (ga ×2) for festival-2026",
            "Authorize 150.00 USD, manual capture",
            "Capture " + INTENT_ID,
            "Email 2 tickets to ada@example.com")
        .doesNotContain("");
  }

  @Test
  void saysWhichPaymentTheCheckoutWaitsForAndUntilWhen() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    CheckoutState ready = harness.start(request());

    String details = harness.currentDetails(WORKFLOW_ID);

    assertThat(details)
        .contains("Waiting for the buyer to pay " + INTENT_ID + " (requires_action)")
        .contains("until " + ready.expiresAt().truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void saysWhenAFailingCompensationIsRetried() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    AtomicInteger releases = new AtomicInteger();
    AtomicReference<String> whileRetrying = new AtomicReference<>();
    doAnswer(
            call -> {
              if (releases.incrementAndGet() <= SagaActivities.COMPENSATION_ATTEMPTS) {
                throw new IllegalStateException("database unavailable");
              }
              whileRetrying.set(harness.currentDetails(WORKFLOW_ID));
              return null;
            })
        .when(harness.inventory)
        .releaseSeats(any());
    harness.start(request());
    harness.result();

    assertThat(whileRetrying.get())
        .startsWith("Compensation 'release seats' keeps failing: retrying at ");
  }

  @Test
  void endsWithTheOutcomeAndItsReason() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());
    harness.result();

    assertThat(harness.currentDetails(WORKFLOW_ID))
        .isEqualTo("**EXPIRED**: The payment did not arrive before the seats' hold expired");
  }

  private List<String> activitySummaries() {
    return harness.client.fetchHistory(WORKFLOW_ID).getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(OperatorDetailsTest::summary)
        .toList();
  }

  private static String summary(HistoryEvent event) {
    return DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
        event.getUserMetadata().getSummary(), String.class, String.class);
  }
}
