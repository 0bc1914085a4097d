package com.boxoffice.loadtest.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads Stripe's and SendGrid's side of a run through the sandbox's own control calls. */
final class SandboxReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String sandboxUrl;

  SandboxReader(String sandboxUrl) {
    this.sandboxUrl = sandboxUrl.replaceAll("/+$", "");
  }

  List<Snapshot.Intent> intents() throws IOException, InterruptedException {
    List<Snapshot.Intent> intents = new ArrayList<>();
    for (JsonNode intent : get("/sandbox/payment_intents")) {
      intents.add(
          new Snapshot.Intent(
              intent.path("id").asText(),
              intent.path("status").asText(),
              intent.path("amount").asLong(),
              intent.path("amount_capturable").asLong(),
              intent.path("amount_received").asLong(),
              intent.path("amount_refunded").asLong(),
              intent.path("capture_count").asInt(),
              intent.path("metadata").path("checkout_id").asText(null)));
    }
    return intents;
  }

  List<Snapshot.Mail> mails() throws IOException, InterruptedException {
    List<Snapshot.Mail> mails = new ArrayList<>();
    for (JsonNode mail : get("/sandbox/emails")) {
      List<String> to = new ArrayList<>();
      mail.path("to").forEach(address -> to.add(address.asText()));
      JsonNode args = mail.path("customArgs");
      mails.add(
          new Snapshot.Mail(
              args.path("checkout_id").asText(null), args.path("kind").asText(null), to));
    }
    return mails;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sandboxUrl + path))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("GET " + path + " answered " + response.statusCode());
      }
      return JSON.readTree(response.body());
    }
  }
}
