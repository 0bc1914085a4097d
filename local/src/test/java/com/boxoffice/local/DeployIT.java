package com.boxoffice.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.worker.WorkerApplication;
import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A deploy under running checkouts: a checkout waiting for its buyer's 3-D Secure on the previous
 * release's worker is finished by this release's worker, on the path it started on, while new
 * checkouts take the new one.
 */
class DeployIT {
  @RegisterExtension
  static final IsolatedStack STACK =
      new IsolatedStack(
          new LocalStackOptions(
                  Path.of("target", "deploy-stack"),
                  25435,
                  27235,
                  28235,
                  28092,
                  28082,
                  Duration.ofMinutes(15),
                  false)
              .withWorkers(0));

  private static WorkflowServiceStubs service;
  private static WorkflowClient temporal;

  @BeforeAll
  static void connect() {
    service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(STACK.options().temporalAddress())
                .build());
    temporal = WorkflowClient.newInstance(service);
  }

  @AfterAll
  static void disconnect() {
    service.shutdownNow();
  }

  @Test
  void aCheckoutStartedOnThePreviousReleaseIsFinishedByThisOne() throws Exception {
    String eventId = STACK.newEvent(10);
    WorkerProcess previous = STACK.startWorkerProcesses(1, PreviousReleaseWorker.class).get(0);
    JsonNode waiting = checkout(eventId, "pm_card_threeDSecure2Required");
    String checkoutId = waiting.get("checkoutId").asText();
    assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_PAYMENT");

    previous.close();
    STACK.startWorkerProcesses(1, WorkerApplication.class);
    challenge(waiting.at("/payment/paymentIntentId").asText());

    JsonNode confirmed = awaitStatus(checkoutId, "CONFIRMED");
    assertThat(confirmed.get("tickets")).hasSize(1);
    List<HistoryEvent> history = history(checkoutId);
    assertThat(changes(history)).doesNotContain(PreviousReleaseWorker.ONE_TASK);
    assertThat(activities(history)).contains("Authorize", "Capture", "SendConfirmation");
    String buyer = confirmed.at("/customer/email").asText();
    await().atMost(Duration.ofSeconds(30)).until(() -> mails(buyer) == 1);

    JsonNode next = checkout(eventId, "pm_card_visa");
    assertThat(next.get("status").asText()).isEqualTo("CONFIRMED");
    List<HistoryEvent> nextHistory = history(next.get("checkoutId").asText());
    assertThat(changes(nextHistory)).contains(PreviousReleaseWorker.ONE_TASK);
    assertThat(activities(nextHistory)).isEmpty();
  }

  private static JsonNode checkout(String eventId, String paymentMethod) {
    String email = BoxOffice.email();
    Http.Response created =
        Http.post(
            STACK.options().apiUrl() + "/v1/checkouts",
            BoxOffice.checkoutBody(eventId, 1, email, paymentMethod),
            "Idempotency-Key",
            BoxOffice.uniqueId("deploy"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static void challenge(String paymentIntentId) {
    Http.Response passed =
        Http.post(
            STACK.options().sandboxUrl()
                + "/sandbox/payment_intents/"
                + paymentIntentId
                + "/challenge",
            "{\"outcome\":\"pass\"}");
    assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
  }

  private static JsonNode awaitStatus(String checkoutId, String status) {
    String url = STACK.options().apiUrl() + "/v1/checkouts/" + checkoutId;
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> status.equals(Http.get(url).json().path("status").asText()));
    return Http.get(url).json();
  }

  private static int mails(String to) {
    return Http.get(STACK.options().sandboxUrl() + "/sandbox/emails?to=" + to).json().size();
  }

  private static List<HistoryEvent> history(String checkoutId) {
    return temporal.fetchHistory(CheckoutWorkflow.workflowId(checkoutId)).getEvents();
  }

  /** The change ids the history's version markers record. */
  private static List<String> changes(List<HistoryEvent> history) {
    return history.stream()
        .filter(HistoryEvent::hasMarkerRecordedEventAttributes)
        .filter(e -> e.getMarkerRecordedEventAttributes().getMarkerName().equals("Version"))
        .map(e -> e.getMarkerRecordedEventAttributes().getDetailsOrThrow("changeId"))
        .map(payloads -> payloads.getPayloads(0).getData().toStringUtf8().replace("\"", ""))
        .toList();
  }

  /** The regular activities the saga scheduled, by type. */
  private static List<String> activities(List<HistoryEvent> history) {
    return history.stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
        .toList();
  }
}
