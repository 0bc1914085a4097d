package com.boxoffice.loadtest.engine;

import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.client.WorkflowClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real thing: {@code POST /v1/checkouts} with a card that succeeds, as a frontend sends it,
 * then the checkout's workflow followed to its end (captured, confirmed, emailed).
 */
final class BoxOfficeJourney implements Journey {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHECKOUT =
      """
      {"eventId": "%s", "items": [{"ticketTypeId": "%s", "quantity": 1}],
       "customer": {"email": "%s", "name": "Engine Buyer"}, "paymentMethodId": "pm_card_visa"}
      """;

  private final HttpClient http;
  private final URI checkouts;
  private final WorkflowClient temporal;
  private final String eventId;

  BoxOfficeJourney(HttpClient http, String apiUrl, WorkflowClient temporal, String eventId) {
    this.http = http;
    this.checkouts = URI.create(apiUrl + "/v1/checkouts");
    this.temporal = temporal;
    this.eventId = eventId;
  }

  @Override
  public String run(Runnable answered) throws Exception {
    String email = "buyer-" + UUID.randomUUID() + "@engine.test";
    HttpRequest post =
        HttpRequest.newBuilder(checkouts)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .timeout(Timeouts.ANSWER)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    CHECKOUT.formatted(eventId, EngineEvent.TICKET_TYPE, email)))
            .build();
    HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());
    Instant giveUp = Instant.now().plus(Timeouts.PENDING);
    // The contract's answer to a checkout still being prepared, or to a full checkout line: the
    // same request, the same key, after Retry-After.
    while (comesBack(response, body) && Instant.now().isBefore(giveUp)) {
      Thread.sleep(
          Duration.ofSeconds(
              Long.parseLong(response.headers().firstValue("Retry-After").orElse("0"))));
      response = http.send(post, HttpResponse.BodyHandlers.ofString());
      body = JSON.readTree(response.body());
    }
    if (response.statusCode() != 201) {
      throw new JourneyFailed(
          "HTTP " + response.statusCode() + " " + problem(body), response.body());
    }
    answered.run();
    String checkoutId = body.path("checkoutId").asText();
    String workflowId = CheckoutWorkflow.workflowId(checkoutId);
    // Whether the 201 said CAPTURING or already CONFIRMED, the checkout is done when its workflow
    // is: the email follows the confirmation.
    CheckoutState end =
        temporal
            .newUntypedWorkflowStub(workflowId)
            .getResult(Timeouts.DONE.toSeconds(), TimeUnit.SECONDS, CheckoutState.class);
    if (end.status() != CheckoutStatus.CONFIRMED) {
      throw new JourneyFailed("checkout ended " + end.status(), checkoutId);
    }
    return workflowId;
  }

  private static boolean comesBack(HttpResponse<String> response, JsonNode body) {
    return response.statusCode() == 503
        && ("checkout-pending".equals(problem(body)) || "checkout-line-full".equals(problem(body)));
  }

  /** The problem's stable code: the last segment of its {@code type}. */
  private static String problem(JsonNode body) {
    String type = body.path("type").asText("");
    return type.substring(type.lastIndexOf('/') + 1);
  }
}
