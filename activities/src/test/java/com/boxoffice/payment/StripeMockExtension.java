package com.boxoffice.payment;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stripe's official stripe-mock, which validates every request against Stripe's OpenAPI
 * specification. It must be on the PATH ({@code .ci/run} installs it; see the README).
 */
final class StripeMockExtension implements BeforeAllCallback, AfterAllCallback {
  private Process process;
  private int port;

  String apiBase() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Path binary = onPath("stripe-mock");
    port = freePort();
    process =
        new ProcessBuilder(
                binary.toString(), "-http-port", String.valueOf(port), "-https-port", "0")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    awaitListening(Duration.ofSeconds(20));
  }

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    process.destroy();
    process.waitFor(5, TimeUnit.SECONDS);
  }

  private static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "stripe-mock is not on the PATH: go install github.com/stripe/stripe-mock@latest");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void awaitListening(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("stripe-mock did not start on port " + port);
  }
}
