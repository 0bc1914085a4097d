package com.boxoffice.local;

import com.boxoffice.worker.WorkerApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stack of one test class's own, on ports and data apart from {@link RunningStack}'s, for tests
 * that kill and restart its parts: the shared stack must stay healthy for every other test.
 */
final class IsolatedStack implements BeforeAllCallback, AfterAllCallback {
  /** A test's worker lives for a minute or two: a quick start matters more than peak speed. */
  private static final List<String> QUICK_START =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private final LocalStackOptions options;
  private final List<WorkerProcess> workerProcesses = new ArrayList<>();
  private LocalStack stack;

  IsolatedStack(LocalStackOptions options) {
    this.options = options;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    options.deleteData();
    stack = LocalStack.start(options);
  }

  LocalStack stack() {
    return stack;
  }

  LocalStackOptions options() {
    return options;
  }

  /** A new event of one ticket type with {@code capacity} seats; returns its id. */
  String newEvent(int capacity) {
    String eventId = BoxOffice.uniqueId("isolated");
    Http.Response response =
        Http.put(
            options.apiUrl() + "/v1/admin/events/" + eventId,
            BoxOffice.eventBody(capacity),
            BoxOffice.ADMIN);
    if (response.status() != 201) {
      throw new IllegalStateException("Creating the event failed: " + response);
    }
    return eventId;
  }

  /**
   * A few checkouts through every step, settled, so that the stream a test measures meets warm JVMs
   * and workers that are known to poll.
   */
  void warmUp() throws Exception {
    String eventId = newEvent(10);
    CheckoutStream.Result warm =
        new CheckoutStream(options).run(eventId, 6, Duration.ofSeconds(3), () -> {});
    Settlement.verify(stack, eventId, warm.placed(), Duration.ofMinutes(2));
  }

  /** Starts worker processes side by side and returns once each of them polls. */
  List<WorkerProcess> startWorkerProcesses(int count) throws Exception {
    return startWorkerProcesses(count, WorkerApplication.class);
  }

  /** As {@link #startWorkerProcesses(int)}, each process running {@code mainClass}. */
  List<WorkerProcess> startWorkerProcesses(int count, Class<?> mainClass) throws Exception {
    List<WorkerProcess> started = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      // Any free actuator port, since several run side by side.
      WorkerProcess worker =
          WorkerProcess.start(
              "worker-" + (workerProcesses.size() + 1),
              mainClass,
              stack,
              options.dataDirectory(),
              0,
              QUICK_START);
      workerProcesses.add(worker);
      started.add(worker);
    }
    for (WorkerProcess worker : started) {
      worker.awaitStarted();
    }
    return started;
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    for (WorkerProcess worker : workerProcesses) {
      worker.close();
    }
    if (stack != null) {
      stack.close();
    }
  }
}
