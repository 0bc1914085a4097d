package com.boxoffice.loadtest.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Stripe's webhooks during the direct phase. Without Temporal there is nothing for a webhook to
 * signal; delivered anyway, each would reach the API, find no workflow for its checkout, and start
 * a stray-payment workflow that refunds the direct checkout's payment: Temporal work, and wrong
 * money, in the phase meant to have neither. So the sandbox drops them while that phase runs.
 */
final class SandboxWebhooks {
  private final HttpClient http;
  private final URI faults;

  SandboxWebhooks(HttpClient http, String sandboxUrl) {
    this.http = http;
    this.faults = URI.create(sandboxUrl + "/sandbox/faults");
  }

  void drop() throws Exception {
    put("{\"webhookDropRate\": 1.0}");
  }

  /** Clears every sandbox fault: the benchmark stack runs with none. */
  void deliver() throws Exception {
    put("{}");
  }

  private void put(String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(faults)
            .header("Content-Type", "application/json")
            .timeout(Timeouts.ANSWER)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "The sandbox refused " + body + ": " + response.statusCode() + " " + response.body());
    }
  }
}
