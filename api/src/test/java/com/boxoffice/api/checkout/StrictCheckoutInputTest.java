package com.boxoffice.api.checkout;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/** Found by fuzzing: lenient JSON reading and a Content-Type Spring cannot read. */
class StrictCheckoutInputTest extends ApiTest {
  /** The event id, the quantity's JSON and the buyer's name are left open. */
  private static final String BODY =
      """
      {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": %s}],
       "customer": {"email": "ada@example.com", "name": "%s"}}
      """;

  private final String eventId = slug("strict");

  @BeforeEach
  void event() throws Exception {
    createEvent(eventId, 10);
  }

  private ResultActions submit(String contentType, String body) throws Exception {
    return http.perform(
        post("/v1/checkouts")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .header("Content-Type", contentType)
            .content(body));
  }

  @Test
  void refusesAFractionalQuantityInsteadOfRoundingIt() throws Exception {
    submit("application/json", BODY.formatted(eventId, "1.5", "Ada"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"));
  }

  @Test
  void refusesAQuantityWrittenAsText() throws Exception {
    submit("application/json", BODY.formatted(eventId, "\"2\"", "Ada"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"));
  }

  @Test
  void refusesAnEventIdWrittenAsANumber() throws Exception {
    submit("application/json", BODY.replaceFirst("\"%s\"", "7").formatted("1", "Ada"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("eventId"));
  }

  @Test
  void refusesABuyerNameWithAControlCharacter() throws Exception {
    submit("application/json", BODY.formatted(eventId, "1", "Ada\\u0000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("customer.name"));
  }

  @Test
  void answersAWildcardContentTypeWithUnsupportedMediaType() throws Exception {
    submit("*/*", BODY.formatted(eventId, "1", "Ada"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.code").value("unsupported-media-type"));
  }
}
