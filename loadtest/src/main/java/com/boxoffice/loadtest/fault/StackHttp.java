package com.boxoffice.loadtest.fault;

import com.boxoffice.loadtest.stack.StackPorts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/** The calls a fault run makes: the organiser's, the buyers' and the sandbox's control calls. */
final class StackHttp implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_TOKEN = "Bearer dev-admin-token";

  /** Above the API's own 30 s wait for a checkout's seats and intent. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(45);

  private static final Duration COME_BACK_BY_DEFAULT = Duration.ofSeconds(1);

  private final StackPorts ports;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newVirtualThreadPerTaskExecutor())
          .build();

  StackHttp(StackPorts ports) {
    this.ports = ports;
  }

  /**
   * A checkout's answer: what the buyer reads, the intent a 3-D Secure buyer challenges, and when
   * to come back ({@code Retry-After}, or a second without one).
   */
  record Placed(Answer answer, String paymentIntentId, Duration comeBackAfter) {}

  void createEvent(String eventId, int capacity) throws IOException, InterruptedException {
    Map<String, Object> event =
        Map.of(
            "name",
            "Fault run " + eventId,
            "currency",
            "usd",
            "startsAt",
            "2027-07-01T18:00:00Z",
            "ticketTypes",
            List.of(
                Map.of(
                    "ticketTypeId",
                    "general",
                    "name",
                    "General admission",
                    "price",
                    Map.of("value", 15000, "currency", "usd"),
                    "capacity",
                    capacity)));
    HttpResponse<String> response =
        send(
            request(ports.apiUrl() + "/v1/admin/events/" + eventId)
                .header("Authorization", ADMIN_TOKEN)
                .PUT(json(event)));
    require(response, "Creating event " + eventId);
  }

  /** One attempt; an unreachable API or a timeout is {@link Answer#UNANSWERED}, not an error. */
  Placed checkout(String idempotencyKey, Map<String, Object> body) throws InterruptedException {
    try {
      HttpResponse<String> response =
          send(
              request(ports.apiUrl() + "/v1/checkouts")
                  .header("Idempotency-Key", idempotencyKey)
                  .POST(json(body)));
      JsonNode answer = parse(response.body());
      String code = answer.path("code").asText(null);
      return new Placed(
          new Answer(response.statusCode(), response.statusCode() == 201 ? null : code),
          answer.at("/payment/paymentIntentId").asText(null),
          response.headers().firstValueAsLong("Retry-After").stream()
              .mapToObj(Duration::ofSeconds)
              .findFirst()
              .orElse(COME_BACK_BY_DEFAULT));
    } catch (IOException unanswered) {
      return new Placed(Answer.UNANSWERED, null, COME_BACK_BY_DEFAULT);
    }
  }

  /** The buyer passes or fails 3-D Secure at the sandbox; returns its HTTP status. */
  int challenge(String paymentIntentId, String outcome) throws InterruptedException {
    try {
      return send(request(
                  ports.sandboxUrl() + "/sandbox/payment_intents/" + paymentIntentId + "/challenge")
              .POST(json(Map.of("outcome", outcome))))
          .statusCode();
    } catch (IOException unanswered) {
      return 0;
    }
  }

  /** The sandbox's faults from now on; an empty map clears them. */
  void sandboxFaults(Map<String, Object> faults) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(request(ports.sandboxUrl() + "/sandbox/faults").PUT(json(faults)));
    require(response, "Setting the sandbox's faults " + faults);
  }

  private static HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, application/problem+json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.BodyPublisher json(Object body) throws IOException {
    return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException notJson) {
      return JSON.createObjectNode();
    }
  }

  private static void require(HttpResponse<String> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          what + " failed: " + response.statusCode() + " " + response.body());
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
