package com.boxoffice.api.event;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

class EventApiTest extends ApiTest {

  private ResultActions putEvent(String eventId, String body) throws Exception {
    return http.perform(
        json(put("/v1/admin/events/" + eventId), body).header(HttpHeaders.AUTHORIZATION, ADMIN));
  }

  private void holdSeats(String eventId, int held) {
    db.execute(
        "update ticket_types set held = ? where event_id = ? and ticket_type_id = 'ga'",
        held,
        eventId);
  }

  @Test
  void createsAnEventThenUpdatesItIdempotently() throws Exception {
    String eventId = slug("fest");
    putEvent(eventId, eventBody("ga", 100))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.eventId").value(eventId))
        .andExpect(jsonPath("$.ticketTypes[0].price.value").value(15000));
    putEvent(eventId, eventBody("ga", 100))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ticketTypes[0].capacity").value(100));
  }

  @Test
  void showsSeatsAvailableNetOfHeldAndSold() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 100);
    holdSeats(eventId, 30);
    http.perform(get("/v1/events/" + eventId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ticketTypes[0].capacity").value(100))
        .andExpect(jsonPath("$.ticketTypes[0].available").value(70));
  }

  @Test
  void refusesToDropCapacityBelowTheSeatsHeld() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 100);
    holdSeats(eventId, 30);
    putEvent(eventId, eventBody("ga", 29))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("capacity-conflict"));
  }

  @Test
  void refusesToRemoveATicketTypeWithHeldSeats() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 100);
    holdSeats(eventId, 1);
    putEvent(eventId, eventBody("vip", 10))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("ticket-type-in-use"));
  }

  @Test
  void requiresPricesInTheEventCurrency() throws Exception {
    putEvent(
            slug("fest"),
            eventBody("ga", 10).replace("\"currency\": \"usd\"}", "\"currency\": \"eur\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("ticketTypes[0].price.currency"));
  }

  @Test
  void namesABadEventIdAndBadFields() throws Exception {
    putEvent("Bad_Id", eventBody("ga", -1))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("eventId"))
        .andExpect(jsonPath("$.errors[1].field").value("ticketTypes[0].capacity"));
  }

  @Test
  void refusesAdminCallsWithoutTheToken() throws Exception {
    http.perform(json(put("/v1/admin/events/" + slug("fest")), eventBody("ga", 10)))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
        .andExpect(jsonPath("$.code").value("unauthorized"));
  }

  @Test
  void refusesAdminCallsWithAWrongToken() throws Exception {
    http.perform(
            json(put("/v1/admin/events/" + slug("fest")), eventBody("ga", 10))
                .header(HttpHeaders.AUTHORIZATION, "Bearer guess"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void answersNotFoundForAnUnknownEvent() throws Exception {
    http.perform(get("/v1/events/" + slug("nowhere")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://boxoffice.dev/problems/not-found"));
  }
}
