package com.boxoffice.testkit;

import com.boxoffice.sandbox.SandboxApplication;
import com.boxoffice.sandbox.SandboxControl;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
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
    control().reset();
  }

  public String baseUrl() {
    return control().baseUrl();
  }

  private SandboxControl control() {
    if (server == null) {
      throw new IllegalStateException("Register the extension on a static field");
    }
    return server.control();
  }

  /** Faults from now on, as {@code PUT /sandbox/faults} takes them; {@code "{}"} clears them. */
  public void faults(String json) {
    control().call("PUT", "/sandbox/faults", json);
  }

  /** Every intent the sandbox holds, newest first. */
  public JsonNode intents() {
    return control().get("/sandbox/payment_intents");
  }

  public JsonNode intent(String id) {
    return control().get("/sandbox/payment_intents/" + id);
  }

  /** The mails captured for {@code to}, newest first. */
  public JsonNode emails(String to) {
    return control().get("/sandbox/emails?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
  }

  private record Server(ConfigurableApplicationContext context, SandboxControl control)
      implements ExtensionContext.Store.CloseableResource {
    static Server start() {
      ConfigurableApplicationContext context =
          SandboxApplication.start(
              Map.of("SANDBOX_PORT", 0, "SANDBOX_WEBHOOK_URL", "", "SANDBOX_SEED", 42));
      return new Server(
          context,
          new SandboxControl(
              "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")));
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
