package com.boxoffice.loadtest.stack;

import com.boxoffice.checkout.CheckoutSearchAttributes;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Temporal dev server (the {@code temporal} CLI), as the launch is benchmarked on: the
 * SDK's test server would measure another engine. Returned answering, with the checkout's search
 * attributes registered, since a workflow that sets an unknown one fails its task.
 */
final class TemporalDevServer implements AutoCloseable {
  private static final String NAMESPACE = "default";
  private static final Path BUNDLED_CLI = Path.of("/opt/boxoffice-tools/bin/temporal");

  private final Process process;

  private TemporalDevServer(Process process) {
    this.process = process;
  }

  static TemporalDevServer start(Path dataDirectory) throws IOException, InterruptedException {
    Files.createDirectories(dataDirectory);
    List<String> command =
        List.of(
            cli().toString(),
            "server",
            "start-dev",
            "--ip",
            "127.0.0.1",
            "--port",
            String.valueOf(BenchmarkOptions.TEMPORAL_PORT),
            "--ui-port",
            String.valueOf(BenchmarkOptions.TEMPORAL_UI_PORT),
            "--db-filename",
            dataDirectory.resolve("temporal.db").toString(),
            "--log-level",
            "warn");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dataDirectory.resolve("temporal.log").toFile())
            .start();
    TemporalDevServer server = new TemporalDevServer(process);
    try {
      server.prepareNamespace();
      return server;
    } catch (RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
  }

  private static Path cli() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "temporal");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    if (Files.isExecutable(BUNDLED_CLI)) {
      return BUNDLED_CLI;
    }
    throw new IllegalStateException("The benchmark needs the temporal CLI on the PATH");
  }

  private void prepareNamespace() throws InterruptedException {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(BenchmarkOptions.TEMPORAL_ADDRESS)
                .build());
    try {
      awaitAnswer(stubs);
      AddSearchAttributesRequest.Builder request =
          AddSearchAttributesRequest.newBuilder().setNamespace(NAMESPACE);
      for (SearchAttributeKey<?> key : CheckoutSearchAttributes.ALL) {
        request.putSearchAttributes(key.getName(), key.getValueType());
      }
      OperatorServiceStubs operator =
          OperatorServiceStubs.newServiceStubs(
              OperatorServiceStubsOptions.newBuilder()
                  .setChannel(stubs.getRawChannel())
                  .validateAndBuildWithDefaults());
      try {
        operator
            .blockingStub()
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .addSearchAttributes(request.build());
      } finally {
        operator.shutdownNow();
      }
    } finally {
      stubs.shutdownNow();
    }
  }

  private void awaitAnswer(WorkflowServiceStubs stubs) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      try {
        stubs
            .blockingStub()
            .withDeadlineAfter(2, TimeUnit.SECONDS)
            .describeNamespace(
                DescribeNamespaceRequest.newBuilder().setNamespace(NAMESPACE).build());
        return;
      } catch (RuntimeException notYet) {
        // Its port taken, the dev server exits: then whatever answers there is not ours.
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "Temporal did not come up on " + BenchmarkOptions.TEMPORAL_ADDRESS, notYet);
        }
        Thread.sleep(250);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
