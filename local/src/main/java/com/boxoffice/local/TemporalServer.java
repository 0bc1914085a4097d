package com.boxoffice.local;

import io.temporal.testserver.TestServer;
import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Temporal dev server when the {@code temporal} CLI is on the PATH (UI, workflow listing,
 * search attributes); otherwise the SDK's test server, which runs workflows but lists none. Either
 * way it is returned ready, with the checkout's search attributes registered.
 */
abstract sealed class TemporalServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TemporalServer.class);

  abstract String description();

  abstract boolean alive();

  @Override
  public abstract void close() throws InterruptedException;

  static TemporalServer start(LocalStackOptions options) throws IOException, InterruptedException {
    Optional<Path> cli = cliOnPath();
    TemporalServer server;
    if (cli.isEmpty()) {
      log.warn("No temporal CLI on the PATH: using the SDK's test server (no UI, no listing)");
      // Time skipping locked: a checkout's hold deadline must pass in real time, not the moment
      // the workflow goes idle.
      server = new SdkTestServer(TestServer.createPortBoundServer(options.temporalPort(), true));
    } else {
      server = DevServer.start(cli.get(), options);
    }
    try {
      TemporalNamespace.prepare(options.temporalAddress(), Duration.ofSeconds(60), server::alive);
      return server;
    } catch (RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
  }

  /** The {@code temporal} CLI, whose dev server is the real Temporal server, if on the PATH. */
  static Optional<Path> cliOnPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "temporal");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static final class DevServer extends TemporalServer {
    private final Process process;
    private final LocalStackOptions options;
    private final Thread stopOnExit;

    private DevServer(Process process, LocalStackOptions options) {
      this.process = process;
      this.options = options;
      // A JVM that ends without closing the stack (an Error while starting, a test run's end)
      // would otherwise leave the server holding the ports and the database file.
      this.stopOnExit = new Thread(process::destroy, "temporal-dev-server-stop");
      Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static DevServer start(Path cli, LocalStackOptions options) throws IOException {
      requireFree(options.temporalPort());
      requireFree(options.temporalUiPort());
      Path dataDirectory = options.dataDirectory().toAbsolutePath();
      Files.createDirectories(dataDirectory);
      List<String> command =
          new ArrayList<>(
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
                  "--log-level",
                  "warn"));
      command.addAll(options.devServer().arguments(dataDirectory));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("temporal.log").toFile()))
              .start();
      return new DevServer(process, options);
    }

    /**
     * The dev server exits at once when its port is taken, while whatever holds the port answers in
     * its place: a clear failure beats a stack wired to a stranger's server.
     */
    private static void requireFree(int port) throws IOException {
      try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        log.debug("Port {} is free", probe.getLocalPort());
      } catch (BindException taken) {
        throw new IllegalStateException(
            "Port "
                + port
                + " is taken: another stack, or a Temporal dev server left running by one",
            taken);
      }
    }

    @Override
    String description() {
      return "Temporal dev server on "
          + options.temporalAddress()
          + ", UI http://127.0.0.1:"
          + options.temporalUiPort();
    }

    @Override
    boolean alive() {
      return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // Closed from a shutdown hook: the hook runs anyway, and stopping twice is harmless.
      }
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
    boolean alive() {
      return true;
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
