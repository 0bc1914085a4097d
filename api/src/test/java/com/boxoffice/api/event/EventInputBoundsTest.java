package com.boxoffice.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

/** Found by fuzzing: dates, prices and names an event accepted though nothing can use them. */
class EventInputBoundsTest extends ApiTest {
  private final String eventId = slug("bounds");

  private ResultActions putEvent(String name, String startsAt, long price) throws Exception {
    String body =
        eventBody("ga", 10)
            .replace("\"Summer Fest\"", name)
            .replace("\"2030-07-01T18:00:00Z\"", startsAt)
            .replace("15000", String.valueOf(price));
    return http.perform(
        json(put("/v1/admin/events/" + eventId), body).header(HttpHeaders.AUTHORIZATION, ADMIN));
  }

  private void refused(ResultActions answer, String field) throws Exception {
    answer.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
    assertThat(db.fetchExists(db.selectFrom("events").where("event_id = ?", eventId))).isFalse();
  }

  @Test
  void refusesAStartAfterTheYear9999() throws Exception {
    refused(putEvent("\"Fest\"", "\"+10000-01-01T00:00:00Z\"", 15000), "startsAt");
  }

  @Test
  void refusesAStartWrittenAsDigits() throws Exception {
    refused(putEvent("\"Fest\"", "\"1893456000\"", 15000), "startsAt");
  }

  @Test
  void refusesAStartWrittenAsANumber() throws Exception {
    refused(putEvent("\"Fest\"", "1893456000", 15000), "startsAt");
  }

  @Test
  void refusesAPriceStripeCouldNeverCharge() throws Exception {
    refused(
        putEvent("\"Fest\"", "\"2030-07-01T18:00:00Z\"", 100_000_000),
        "ticketTypes[0].price.value");
  }

  @Test
  void refusesAnEventNameThatPostgresCannotStore() throws Exception {
    refused(putEvent("\"Fest\\u0000\"", "\"2030-07-01T18:00:00Z\"", 15000), "name");
  }
}
