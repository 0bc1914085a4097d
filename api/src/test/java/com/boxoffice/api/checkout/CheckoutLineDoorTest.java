package com.boxoffice.api.checkout;

import static org.mockito.Mockito.doReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiTest;
import com.boxoffice.api.line.CheckoutLine;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The door as the API runs it, among the application's filters: the line's logic is {@link
 * CheckoutLineTest}'s, here only a full line is arranged.
 */
class CheckoutLineDoorTest extends ApiTest {
  @MockitoSpyBean CheckoutLine line;

  @Test
  void answersLineFullBeforeTheRequestBodyIsEvenParsed() throws Exception {
    doReturn(
            Optional.of(
                ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "checkout-line-full", "Full.")
                    .retryAfter(Duration.ofSeconds(7))))
        .when(line)
        .fullAtTheDoor();

    http.perform(json(post("/v1/checkouts"), "{not json").header("Idempotency-Key", "k-1"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "7"))
        .andExpect(jsonPath("$.code").value("checkout-line-full"));
  }
}
