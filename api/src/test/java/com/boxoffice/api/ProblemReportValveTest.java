package com.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Found by fuzzing: Tomcat answered what it refused itself with its HTML error page. */
class ProblemReportValveTest extends ApiTest {
  @LocalServerPort private int port;

  @Test
  void answersAPathThatTomcatRefusesWithAProblem() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/events/%00"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"type\":\"https://boxoffice.dev/problems/invalid-request\"")
        .contains("\"code\":\"invalid-request\"");
  }
}
