package com.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiDocsTest extends ApiTest {

  @Test
  void publishesTheOpenApiDocument() throws Exception {
    http.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/v1/checkouts']").exists());
  }

  @Test
  void exposesHealthAndPrometheusMetrics() throws Exception {
    http.perform(get("/actuator/health")).andExpect(status().isOk());
    http.perform(get("/actuator/prometheus")).andExpect(status().isOk());
  }

  @Test
  void answersUnknownPathsWithANotFoundProblem() throws Exception {
    http.perform(get("/v1/nothing-here"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("not-found"));
  }

  @Test
  void scrapesTheTemporalClientsOwnMetrics() {
    // The SDK hands its meters to the registry every ten seconds.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() ->
            assertThat(
                    http.perform(get("/actuator/prometheus"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("(?m)^temporal_request_total\\{"));
  }
}
