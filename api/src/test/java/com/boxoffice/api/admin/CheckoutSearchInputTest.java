package com.boxoffice.api.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Found by fuzzing: a NUL in a search parameter reached PostgreSQL, which answered with a 500. */
class CheckoutSearchInputTest extends ApiTest {

  private void refused(String field, String value) throws Exception {
    http.perform(
            get("/v1/admin/checkouts").param(field, value).header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  @Test
  void refusesAnEmailWithANul() throws Exception {
    refused("email", "ada\u0000@example.com");
  }

  @Test
  void refusesAnEventIdThatIsNoSlug() throws Exception {
    refused("eventId", "fest\u0000");
  }

  @Test
  void refusesACursorHidingANul() throws Exception {
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("2030-01-01T00:00:00Z|co_\u0000".getBytes(StandardCharsets.UTF_8));
    refused("cursor", cursor);
  }
}
