package com.boxoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Stripe and SendGrid sandbox for tests: one instance on a free port for the whole test run,
 * reset (state and faults) before each test. Webhook delivery is off: these tests call the APIs.
 *
 * <pre>{@code
 * @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();
 * ... new StripeSettings("sk_test_x", sandbox.baseUrl(), ...) ...
 * }</pre>
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SandboxExtension.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private Server server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Server.class, type -> Server.start(), Server.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    send("POST", "/sandbox/reset", "");
  }

  public String baseUrl() {
    if (server == null) {
      throw new IllegalStateException("Register the extension on a static field");
    }
    return server.baseUrl();
  }

  /** Faults from now on, as {@code PUT /sandbox/faults} takes them; {@code "{}"} clears them. */
  public void faults(String json) {
    send("PUT", "/sandbox/faults", json);
  }

  /** Every intent the sandbox holds, newest first. */
  public JsonNode intents() {
    return get("/sandbox/payment_intents");
  }

  public JsonNode intent(String id) {
    return get("/sandbox/payment_intents/" + id);
  }

  /** The mails captured for {@code to}, newest first. */
  public JsonNode emails(String to) {
    return get("/sandbox/emails?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
  }

  private JsonNode get(String path) {
    try {
      return JSON.readTree(send("GET", path, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String send(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Server(ConfigurableApplicationContext context)
      implements ExtensionContext.Store.CloseableResource {
    static Server start() {
      return new Server(
          SandboxApplication.start(
              Map.of("SANDBOX_PORT", 0, "SANDBOX_WEBHOOK_URL", "", "SANDBOX_SEED", 42)));
    }

    String baseUrl() {
      return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
