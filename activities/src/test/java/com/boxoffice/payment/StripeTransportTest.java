package com.boxoffice.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.HttpClient;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport sends what stripe-java's own would, with its client description built once. */
class StripeTransportTest {
  private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private HttpServer stripe;

  @BeforeEach
  void start() throws IOException {
    stripe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stripe.createContext(
        "/v1/payment_intents",
        exchange -> {
          headers.add(Map.copyOf(exchange.getRequestHeaders()));
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          boolean refused = bodies.size() > 2;
          byte[] answer =
              (refused
                      ? "{\"error\": {\"type\": \"invalid_request_error\", \"message\": \"no\"}}"
                      : "{\"id\": \"pi_1\", \"object\": \"payment_intent\", \"amount\": 1500,"
                          + " \"status\": \"requires_capture\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("Request-Id", "req_" + bodies.size());
          exchange.sendResponseHeaders(refused ? 400 : 200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    stripe.start();
  }

  @AfterEach
  void stop() {
    stripe.stop(0);
  }

  @Test
  void sendsStripeJavasHeadersAndBodyAndReadsItsAnswers() throws Exception {
    StripeClient client = client("http://127.0.0.1:" + stripe.getAddress().getPort());

    for (int i = 0; i < 2; i++) {
      PaymentIntent intent =
          client
              .v1()
              .paymentIntents()
              .create(
                  PaymentIntentCreateParams.builder().setAmount(1500L).setCurrency("usd").build(),
                  RequestOptions.builder().setIdempotencyKey("key-" + i).build());
      assertThat(intent.getId()).isEqualTo("pi_1");
      assertThat(intent.getLastResponse().requestId()).isEqualTo("req_" + (i + 1));
    }

    assertThat(bodies).containsOnly("amount=1500&currency=usd");
    assertThat(headers)
        .allSatisfy(sent -> {
          assertThat(sent.get("X-stripe-client-user-agent"))
              .containsExactly(StripeJavasOwn.clientUserAgent());
          assertThat(sent.get("User-agent").get(0)).startsWith("Stripe/v1 JavaBindings/");
          assertThat(sent.get("Authorization")).containsExactly("Bearer sk_test_transport");
          assertThat(sent.get("Content-type"))
              .containsExactly("application/x-www-form-urlencoded;charset=UTF-8");
        });
    assertThat(headers.get(0).get("Idempotency-key")).containsExactly("key-0");
    assertThat(headers.get(1).get("Idempotency-key")).containsExactly("key-1");
  }

  @Test
  void answersAnErrorAsStripeJavaDoesAndAnUnreachableStripeAsAConnectionFailure() {
    StripeClient client = client("http://127.0.0.1:" + stripe.getAddress().getPort());
    bodies.add("");
    bodies.add("");

    assertThatThrownBy(() -> client.v1().paymentIntents().retrieve("pi_1"))
        .hasMessageContaining("no")
        .hasFieldOrPropertyWithValue("statusCode", 400);

    stripe.stop(0);
    assertThatThrownBy(() -> client.v1().paymentIntents().retrieve("pi_1"))
        .isInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("IOException during API request to Stripe");
  }

  private static StripeClient client(String apiBase) {
    return new StripeSettings(
            "sk_test_transport", apiBase, Duration.ofSeconds(2), Duration.ofSeconds(2))
        .client(() -> {});
  }

  /** What stripe-java's own transport builds for every request. */
  private abstract static class StripeJavasOwn extends HttpClient {
    static String clientUserAgent() {
      return buildXStripeClientUserAgentString();
    }
  }
}
