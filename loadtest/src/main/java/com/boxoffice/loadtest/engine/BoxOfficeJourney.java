package com.boxoffice.loadtest.engine;

import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real thing: {@code POST /v1/checkouts} with a card that succeeds, as a frontend sends it,
 * then the checkout's workflow followed to its end (captured, confirmed, emailed).
 *
 * <p>The buyer sends with the JDK's blocking {@link HttpURLConnection} over kept-alive connections
 * ({@link #KEEP_ALIVE}): the load generator shares the two cores with the stack it measures, and
 * with the asynchronous {@code java.net.http.HttpClient} it spent about 2 ms more CPU a checkout
 * (6.8–6.9 against 4.8–5.0 ms), CPU the stack then lacked (BENCHMARKS.md, tuning 28).
 */
final class BoxOfficeJourney implements Journey {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHECKOUT =
      """
      {"eventId": "%s", "items": [{"ticketTypeId": "%s", "quantity": 1}],
       "customer": {"email": "%s", "name": "Engine Buyer"}, "paymentMethodId": "pm_card_visa"}
      """;

  /**
   * The idle connections the JDK keeps per destination ({@code http.maxConnections}, 5 unless set):
   * at least one per buyer, so that no request opens a connection of its own. Read once, when the
   * JDK first keeps a connection alive, so set before the first request.
   */
  static final String KEEP_ALIVE = "http.maxConnections";

  private final URL checkouts;
  private final WorkflowClient temporal;
  private final String eventId;

  BoxOfficeJourney(String apiUrl, WorkflowClient temporal, String eventId) throws IOException {
    this.checkouts = URI.create(apiUrl + "/v1/checkouts").toURL();
    this.temporal = temporal;
    this.eventId = eventId;
  }

  @Override
  public String run(Runnable answered) throws Exception {
    String email = "buyer-" + UUID.randomUUID() + "@engine.test";
    String key = UUID.randomUUID().toString();
    byte[] checkout =
        CHECKOUT
            .formatted(eventId, EngineEvent.TICKET_TYPE, email)
            .getBytes(StandardCharsets.UTF_8);
    Answer answer = post(key, checkout);
    Instant giveUp = Instant.now().plus(Timeouts.PENDING);
    // The contract's answer to a checkout still being prepared, or to a full checkout line: the
    // same request, the same key, after Retry-After.
    while (answer.comesBack() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(answer.retryAfter());
      answer = post(key, checkout);
    }
    if (answer.status() != 201) {
      throw new JourneyFailed("HTTP " + answer.status() + " " + answer.problem(), answer.text());
    }
    answered.run();
    String checkoutId = answer.body().path("checkoutId").asText();
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

  /** One attempt; the body is read to its end, so that the connection goes back to be reused. */
  private Answer post(String idempotencyKey, byte[] checkout) throws IOException {
    HttpURLConnection http = (HttpURLConnection) checkouts.openConnection();
    http.setConnectTimeout((int) Timeouts.CONNECT.toMillis());
    http.setReadTimeout((int) Timeouts.ANSWER.toMillis());
    http.setRequestMethod("POST");
    http.setRequestProperty("Idempotency-Key", idempotencyKey);
    http.setRequestProperty("Content-Type", "application/json");
    http.setRequestProperty("Accept", "application/json");
    http.setDoOutput(true);
    http.setFixedLengthStreamingMode(checkout.length);
    try (OutputStream out = http.getOutputStream()) {
      out.write(checkout);
    }
    int status = http.getResponseCode();
    String text;
    try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
      text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String retryAfter = http.getHeaderField("Retry-After");
    return new Answer(
        status,
        Duration.ofSeconds(retryAfter == null ? 0 : Long.parseLong(retryAfter)),
        text,
        text.isEmpty() ? JSON.missingNode() : JSON.readTree(text));
  }

  private record Answer(int status, Duration retryAfter, String text, JsonNode body) {
    boolean comesBack() {
      return status == 503
          && ("checkout-pending".equals(problem()) || "checkout-line-full".equals(problem()));
    }

    /** The problem's stable code: the last segment of its {@code type}. */
    String problem() {
      String type = body.path("type").asText("");
      return type.substring(type.lastIndexOf('/') + 1);
    }
  }
}
