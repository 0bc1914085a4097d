package com.boxoffice.api.checkout;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class CheckoutValidationTest extends ApiTest {
  private static final String VALID =
      """
      {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": 1}],
       "customer": {"email": "ada@example.com", "name": "Ada"}}
      """;

  private ResultActions submit(String key, String body) throws Exception {
    var request = json(post("/v1/checkouts"), body);
    return http.perform(key == null ? request : request.header("Idempotency-Key", key));
  }

  @Test
  void namesEveryBadBodyField() throws Exception {
    submit(
            UUID.randomUUID().toString(),
            """
            {"eventId": "Not A Slug", "items": [{"ticketTypeId": "ga", "quantity": 11}],
             "customer": {"email": "not-an-email", "name": ""}, "paymentMethodId": "card"}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.code").value("invalid-request"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "customer.email",
                        "customer.name",
                        "eventId",
                        "items[0].quantity",
                        "paymentMethodId")));
  }

  @Test
  void requiresTheIdempotencyKey() throws Exception {
    submit(null, VALID.formatted("fest"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
  }

  @Test
  void refusesAnIdempotencyKeyLongerThan255Characters() throws Exception {
    submit("k".repeat(256), VALID.formatted("fest"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
  }

  @Test
  void refusesRepeatedTicketTypesAndMoreThanTenItems() throws Exception {
    submit(
            UUID.randomUUID().toString(),
            """
            {"eventId": "fest", "items": [{"ticketTypeId": "ga", "quantity": 1},
                                          {"ticketTypeId": "ga", "quantity": 1}],
             "customer": {"email": "ada@example.com", "name": "Ada"}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("items[1].ticketTypeId")));
  }

  @Test
  void answersMalformedJsonWithInvalidRequest() throws Exception {
    submit(UUID.randomUUID().toString(), "{\"eventId\": ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("invalid-request"));
  }

  @Test
  void namesTheFieldThatHasTheWrongType() throws Exception {
    submit(
            UUID.randomUUID().toString(),
            """
            {"eventId": "fest", "items": [{"ticketTypeId": "ga", "quantity": "many"}],
             "customer": {"email": "ada@example.com", "name": "Ada"}}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"));
  }

  @Test
  void namesAnUnknownEvent() throws Exception {
    submit(UUID.randomUUID().toString(), VALID.formatted(slug("nowhere")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("unknown-event"))
        .andExpect(jsonPath("$.errors[0].field").value("eventId"));
  }

  @Test
  void namesAnUnknownTicketType() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 10);
    submit(
            UUID.randomUUID().toString(),
            """
            {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": 1},
                                        {"ticketTypeId": "vip", "quantity": 1}],
             "customer": {"email": "ada@example.com", "name": "Ada"}}
            """
                .formatted(eventId))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("unknown-ticket-type"))
        .andExpect(jsonPath("$.errors[0].field").value("items[1].ticketTypeId"));
  }
}
