package com.boxoffice.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Seeds the demo event through the admin API, as an organiser would. Idempotent. */
final class DemoEvent {
  static final String EVENT_ID = "demo-festival";

  private static final String BODY =
      """
      {"name": "Demo Festival 2027", "currency": "usd", "startsAt": "2027-07-01T18:00:00Z",
       "ticketTypes": [
         {"ticketTypeId": "general", "name": "General admission",
          "price": {"value": 15000, "currency": "usd"}, "capacity": 5000},
         {"ticketTypeId": "vip", "name": "VIP",
          "price": {"value": 45000, "currency": "usd"}, "capacity": 200}]}
      """;

  private DemoEvent() {}

  static void seed(LocalStackOptions options) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(options.apiUrl() + "/v1/admin/events/" + EVENT_ID))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + LocalStackOptions.ADMIN_TOKEN)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(BODY))
            .build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "Seeding the demo event failed: " + response.statusCode() + " " + response.body());
      }
    }
  }
}
