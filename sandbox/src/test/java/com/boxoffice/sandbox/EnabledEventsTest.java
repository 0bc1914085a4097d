package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.model.PaymentIntent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The webhook endpoint's enabled events, as Stripe's {@code enabled_events}. */
class EnabledEventsTest {
  private static final String CREATED = "payment_intent.created";
  private static final String AUTHORIZED = "payment_intent.amount_capturable_updated";

  private final TestSandbox sandbox = TestSandbox.get();

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void defaultEnabledEventsAreTheOnesProductionSubscribesTo() throws Exception {
    assertThat(enabledEvents(sandbox.get("/sandbox/webhook-endpoint")))
        .containsExactlyElementsOf(productionSubscription());
  }

  @Test
  void eventTypeOutsideTheEnabledEventsIsNeverDelivered() throws Exception {
    PaymentIntent intent = Intents.manual("pm_card_visa");

    // Both events are about one intent, so a sent payment_intent.created would arrive first.
    await().untilAsserted(() -> assertThat(sandbox.receiver.typesFor(intent.getId())).isNotEmpty());
    assertThat(sandbox.receiver.typesFor(intent.getId())).containsExactly(AUTHORIZED);
  }

  @Test
  void eventTypeOutsideTheEnabledEventsIsListedWithoutADeliveryAttempt() throws Exception {
    Intents.manual("pm_card_visa");

    JsonNode delivery = sandbox.get("/sandbox/webhooks?type=" + CREATED).get(0);
    assertThat(delivery.get("state").asText()).isEqualTo("NOT_ENABLED");
    assertThat(delivery.get("attempts").asInt()).isZero();
  }

  @Test
  void eventTypeInTheEnabledEventsIsDelivered() throws Exception {
    sandbox.enableEvents(CREATED);
    PaymentIntent intent = Intents.manual(null);

    await()
        .untilAsserted(
            () -> assertThat(sandbox.receiver.typesFor(intent.getId())).containsExactly(CREATED));
  }

  @Test
  void starEnablesEveryEventType() throws Exception {
    sandbox.enableEvents("*");
    PaymentIntent intent = Intents.manual("pm_card_threeDSecure2Required");
    sandbox.stripe.v1().paymentIntents().cancel(intent.getId());

    await()
        .untilAsserted(() ->
            assertThat(sandbox.receiver.typesFor(intent.getId()))
                .containsExactly(
                    CREATED, "payment_intent.requires_action", "payment_intent.canceled"));
  }

  @Test
  void resetRestoresTheEnabledEventsTheSandboxStartedWith() throws Exception {
    sandbox.enableEvents("*");

    sandbox.reset();

    assertThat(enabledEvents(sandbox.get("/sandbox/webhook-endpoint")))
        .containsExactlyElementsOf(productionSubscription());
  }

  @Test
  void enabledEventsWithoutAnyTypeAreRefused() {
    HttpResponse<String> response =
        sandbox.send("PUT", "/sandbox/webhook-endpoint", "{\"enabledEvents\": []}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void webhookEventsSettingNamesTheEnabledEventsAtStartUp() throws Exception {
    try (ConfigurableApplicationContext other =
        SandboxApplication.start(
            Map.of(
                "SANDBOX_PORT",
                0,
                "SANDBOX_WEBHOOK_URL",
                "",
                "SANDBOX_WEBHOOK_EVENTS",
                " payment_intent.created , charge.refunded"))) {
      String port = other.getEnvironment().getProperty("local.server.port");
      HttpResponse<String> endpoint =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/sandbox/webhook-endpoint"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(enabledEvents(TestSandbox.parse(endpoint.body())))
          .containsExactly(CREATED, "charge.refunded");
    }
  }

  private static List<String> enabledEvents(JsonNode endpoint) {
    List<String> types = new ArrayList<>();
    endpoint.get("enabledEvents").forEach(type -> types.add(type.asText()));
    return types;
  }

  /** The one place production's subscription is written down: the project README. */
  private static List<String> productionSubscription() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher events = Pattern.compile("--events (\\S+)").matcher(readme);
    assertThat(events.find()).as("stripe listen --events in the project README").isTrue();
    return List.of(events.group(1).split(","));
  }
}
