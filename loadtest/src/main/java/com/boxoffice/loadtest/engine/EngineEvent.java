package com.boxoffice.loadtest.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The event Box Office's phase sells from, created through the admin API as an organiser would:
 * seats enough that no round sells out, one ticket type, so every checkout contends for the same
 * row as a launch's do.
 */
final class EngineEvent {
  static final String TICKET_TYPE = "general";
  private static final int SEATS = 1_000_000;

  private EngineEvent() {}

  static void create(HttpClient http, String apiUrl, String adminToken, String eventId)
      throws Exception {
    String body =
        """
        {"name": "Engine comparison %s", "currency": "usd", "startsAt": "2027-07-01T18:00:00Z",
         "ticketTypes": [{"ticketTypeId": "%s", "name": "General admission",
           "price": {"value": 15000, "currency": "usd"}, "capacity": %d}]}
        """
            .formatted(eventId, TICKET_TYPE, SEATS);
    HttpRequest put =
        HttpRequest.newBuilder(URI.create(apiUrl + "/v1/admin/events/" + eventId))
            .header("Authorization", "Bearer " + adminToken)
            .header("Content-Type", "application/json")
            .timeout(Timeouts.ANSWER)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(put, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "Could not create " + eventId + ": " + response.statusCode() + " " + response.body());
    }
  }
}
