package com.boxoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sendgrid.SendGrid;
import com.stripe.StripeClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One sandbox for the whole test run, started through {@link SandboxApplication#start} on a free
 * port, with the real clients pointed at it. Tests call {@link #reset()} first. Its webhook
 * endpoint enables what production's does: a test that needs other event types enables them.
 */
final class TestSandbox {
  static final String WEBHOOK_SECRET = "whsec_sandbox_tests";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestSandbox instance;

  final WebhookReceiver receiver = new WebhookReceiver(WEBHOOK_SECRET);
  final ConfigurableApplicationContext context;
  final String baseUrl;
  final StripeClient stripe;
  private final SandboxControl control;

  private TestSandbox() {
    context =
        SandboxApplication.start(
            Map.of(
                "SANDBOX_PORT",
                0,
                "SANDBOX_WEBHOOK_URL",
                receiver.url(),
                "STRIPE_WEBHOOK_SECRET",
                WEBHOOK_SECRET,
                "sandbox.webhook-retry-base",
                "100ms",
                "sandbox.seed",
                42));
    baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    control = new SandboxControl(baseUrl);
    stripe =
        StripeClient.builder()
            .setApiKey("sk_test_sandbox")
            .setApiBase(baseUrl)
            .setMaxNetworkRetries(0)
            .setConnectTimeout(2_000)
            .setReadTimeout(10_000)
            .build();
  }

  static synchronized TestSandbox get() {
    if (instance == null) {
      instance = new TestSandbox();
    }
    return instance;
  }

  /** sendgrid-java's test mode speaks plain http; the host takes the port along. */
  SendGrid sendGrid(String apiKey) {
    SendGrid sendGrid = new SendGrid(apiKey, true);
    sendGrid.setHost(URI.create(baseUrl).getAuthority());
    return sendGrid;
  }

  void reset() {
    control.reset();
    receiver.reset();
  }

  /**
   * The event types the receiver gets until the next reset, which restores the production list the
   * sandbox starts with.
   */
  void enableEvents(String... types) {
    String body = JSON.createObjectNode().set("enabledEvents", JSON.valueToTree(types)).toString();
    HttpResponse<String> response = send("PUT", "/sandbox/webhook-endpoint", body);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("The sandbox refused " + body + ": " + response.body());
    }
  }

  JsonNode get(String path) {
    return control.get(path);
  }

  HttpResponse<String> send(String method, String path, String json) {
    return control.send(method, path, json);
  }

  static JsonNode parse(String json) {
    return SandboxControl.parse(json);
  }
}
