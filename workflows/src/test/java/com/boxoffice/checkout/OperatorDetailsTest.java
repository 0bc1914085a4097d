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
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an operator reads on a checkout's page in the Temporal UI. */
class OperatorDetailsTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

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
    AtomicBoolean databaseDown = new AtomicBoolean(true);
    doAnswer(
            call -> {
              if (databaseDown.get()) {
                throw new IllegalStateException("database unavailable");
              }
              return null;
            })
        .when(harness.inventory)
        .releaseSeats(any());
    harness.start(request());

    // Read between attempts: the release is a local activity, and a query made while one runs
    // waits for the workflow task it runs in.
    String whileRetrying = "";
    for (int minute = 0; minute < 120 && !whileRetrying.startsWith("Compensation"); minute++) {
      harness.env.sleep(Duration.ofMinutes(1));
      whileRetrying = harness.currentDetails(WORKFLOW_ID);
    }
    databaseDown.set(false);
    harness.result();

    assertThat(whileRetrying)
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
        // Local activities (the inventory steps) show as markers, with their summary.
        .filter(e ->
            e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
                || e.getUserMetadata().hasSummary())
        .map(OperatorDetailsTest::summary)
        .toList();
  }

  private static String summary(HistoryEvent event) {
    return DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
        event.getUserMetadata().getSummary(), String.class, String.class);
  }
}
