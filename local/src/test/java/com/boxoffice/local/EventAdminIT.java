package com.boxoffice.local;

import static com.boxoffice.local.BoxOffice.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organiser's calls and the public availability. */
@ExtendWith(RunningStack.class)
class EventAdminIT {

  @Test
  void putCreatesThenUpdatesTheEventIdempotently() {
    String eventId = uniqueId("admin");

    assertThat(putEvent(eventId, 10).status()).isEqualTo(201);
    assertThat(putEvent(eventId, 10).status()).isEqualTo(200);
    assertThat(putEvent(eventId, 12).status()).isEqualTo(200);

    JsonNode event = Http.get(API + "/v1/events/" + eventId).json();
    assertThat(event.at("/ticketTypes/0/capacity").asInt()).isEqualTo(12);
    assertThat(event.at("/ticketTypes/0/available").asInt()).isEqualTo(12);
    assertThat(event.at("/ticketTypes/0/price/value").asLong()).isEqualTo(PRICE);
  }

  @Test
  void adminCallsWithoutTheTokenAre401() {
    Http.Response response = Http.put(API + "/v1/admin/events/" + uniqueId("admin"), eventBody(5));

    assertThat(response.status()).isEqualTo(401);
    assertThat(
            Http.put(
                    API + "/v1/admin/events/" + uniqueId("admin"),
                    eventBody(5),
                    "Authorization",
                    "Bearer wrong")
                .status())
        .isEqualTo(401);
  }

  @Test
  void capacityCannotDropBelowSeatsAlreadyHeldOrSold() {
    String eventId = newEvent(5);
    assertThat(checkout(eventId, 3, "pm_card_visa").status()).isEqualTo(201);

    Http.Response response = putEvent(eventId, 2);

    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(Http.get(API + "/v1/events/" + eventId).json().at("/ticketTypes/0/capacity").asInt())
        .isEqualTo(5);
  }

  @Test
  void anInvalidEventIsA400NamingTheField() {
    Http.Response response =
        Http.put(
            API + "/v1/admin/events/" + uniqueId("admin"),
            eventBody(5).replace("\"usd\"", "\"dollars\""),
            ADMIN);

    assertThat(response.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("currency");
  }

  @Test
  void anUnknownEventIs404() {
    assertThat(Http.get(API + "/v1/events/no-such-event").status()).isEqualTo(404);
  }
}
