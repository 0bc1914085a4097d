package com.boxoffice.local;

import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Temporal dev server when the {@code temporal} CLI is on the PATH (UI, workflow listing,
 * search attributes); otherwise the SDK's test server, which runs workflows but lists none.
 */
abstract sealed class TemporalServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TemporalServer.class);

  abstract String description();

  static TemporalServer start(LocalStackOptions options) throws IOException, InterruptedException {
    Path cli = findOnPath("temporal");
    if (cli == null) {
      log.warn("No temporal CLI on the PATH: using the SDK's test server (no UI, no listing)");
      // Time skipping locked: a checkout's hold deadline must pass in real time, not the moment
      // the workflow goes idle.
      return new SdkTestServer(TestServer.createPortBoundServer(options.temporalPort(), true));
    }
    DevServer server = DevServer.start(cli, options);
    awaitReady(options.temporalAddress(), Duration.ofSeconds(60));
    return server;
  }

  private static Path findOnPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void awaitReady(String target, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    try {
      while (true) {
        try {
          stubs
              .blockingStub()
              .withDeadlineAfter(2, TimeUnit.SECONDS)
              .describeNamespace(
                  DescribeNamespaceRequest.newBuilder().setNamespace("default").build());
          return;
        } catch (RuntimeException notYet) {
          if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("Temporal at " + target + " did not come up", notYet);
          }
          Thread.sleep(250);
        }
      }
    } finally {
      stubs.shutdownNow();
    }
  }

  static final class DevServer extends TemporalServer {
    private final Process process;
    private final LocalStackOptions options;

    private DevServer(Process process, LocalStackOptions options) {
      this.process = process;
      this.options = options;
    }

    static DevServer start(Path cli, LocalStackOptions options) throws IOException {
      Path dataDirectory = options.dataDirectory().toAbsolutePath();
      Files.createDirectories(dataDirectory);
      List<String> command =
          List.of(
              cli.toString(),
              "server",
              "start-dev",
              "--ip",
              "127.0.0.1",
              "--port",
              String.valueOf(options.temporalPort()),
              "--ui-port",
              String.valueOf(options.temporalUiPort()),
              "--db-filename",
              dataDirectory.resolve("temporal.db").toString(),
              "--log-level",
              "warn");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dataDirectory.resolve("temporal.log").toFile())
              .start();
      return new DevServer(process, options);
    }

    @Override
    String description() {
      return "Temporal dev server on "
          + options.temporalAddress()
          + ", UI http://127.0.0.1:"
          + options.temporalUiPort();
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  static final class SdkTestServer extends TemporalServer {
    private final TestServer.PortBoundTestServer server;

    private SdkTestServer(TestServer.PortBoundTestServer server) {
      this.server = server;
    }

    @Override
    String description() {
      return "Temporal SDK test server (no UI)";
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
