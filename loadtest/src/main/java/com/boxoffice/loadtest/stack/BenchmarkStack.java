package com.boxoffice.loadtest.stack;

import com.boxoffice.local.LocalStack;
import com.boxoffice.local.WorkerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full stack a launch is benchmarked against, and each fault run too: the local stack
 * (PostgreSQL, the Temporal dev server, the sandbox and the API in this JVM) on ports of its own,
 * and the workers each in a process of their own. Stopped in reverse order, and by itself once its
 * lifetime is up, so a forgotten benchmark does not hold the machine.
 */
public final class BenchmarkStack implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BenchmarkStack.class);

  private final BenchmarkOptions options;
  private final List<WorkerProcess> workers = new ArrayList<>();
  private int workersStarted;
  private LocalStack stack;

  private BenchmarkStack(BenchmarkOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
    CountDownLatch stopped = new CountDownLatch(1);
    BenchmarkStack stack = new BenchmarkStack(options);
    // Registered before starting: a stop while starting must not leave worker JVMs behind.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.close();
                  stopped.countDown();
                },
                "benchmark-stack-stop"));
    stack.startAll();
    if (!stopped.await(options.lifetime().toSeconds(), TimeUnit.SECONDS)) {
      log.info("Lifetime {} is up: stopping", options.lifetime());
      System.exit(0);
    }
  }

  /**
   * A stack that is not running yet: {@link #startAll()} starts it. Kept apart so that the caller
   * can arrange for its stop (a shutdown hook) before anything is started.
   */
  public static BenchmarkStack of(BenchmarkOptions options) {
    return new BenchmarkStack(options);
  }

  /** Starts every part and returns once every worker polls; a failed start stops what started. */
  public synchronized void startAll() throws Exception {
    requireTemporalCli();
    workersStarted = 0;
    Path data = options.dataDirectory();
    if (!options.keepData()) {
      options.localStackOptions().deleteData();
    }
    Files.createDirectories(data);
    try {
      // The local stack migrates the schema before it returns, so the workers start after it.
      stack = LocalStack.start(options.localStackOptions());
      for (int n = 1; n <= options.workers(); n++) {
        workers.add(startWorker());
      }
      for (WorkerProcess worker : workers) {
        worker.awaitStarted();
      }
    } catch (Exception e) {
      close();
      throw e;
    }
    StackPorts ports = options.ports();
    new StackReady(ports.apiUrl(), ProcessHandle.current().pid(), options.devServer().describe())
        .write(options.readyFile());
    log.info(
        "Stack ready: API {}, sandbox {}, Temporal {} (UI http://127.0.0.1:{}; {}),"
            + " PostgreSQL {}, workers {}",
        ports.apiUrl(),
        ports.sandboxUrl(),
        ports.temporalAddress(),
        ports.temporalUi(),
        options.devServer().describe(),
        ports.jdbcUrl(),
        workers);
  }

  /** The embedded part, for restarting PostgreSQL or Temporal under the running apps. */
  public synchronized LocalStack localStack() {
    if (stack == null) {
      throw new IllegalStateException("The stack is not running");
    }
    return stack;
  }

  /**
   * SIGKILLs the longest-running worker, as a crashed host would end it, and starts a replacement
   * that returns once it polls. The replacement's wait is outside the lock, so a stop is not held
   * up by a slow start.
   *
   * @return the killed worker's exit value ({@link WorkerProcess#KILLED} for a SIGKILL)
   */
  public int killOldestWorkerAndReplaceIt() throws Exception {
    WorkerProcess replacement;
    int exit;
    synchronized (this) {
      WorkerProcess victim = workers.removeFirst();
      exit = victim.kill();
      log.info("Killed {}: exit {}", victim, exit);
      replacement = startWorker();
      workers.add(replacement);
    }
    replacement.awaitStarted();
    return exit;
  }

  private WorkerProcess startWorker() throws IOException {
    int n = ++workersStarted;
    return WorkerProcess.start(
        "worker-" + n,
        options.workerMain(),
        stack,
        options.dataDirectory(),
        options.ports().workerMetrics(n),
        options.workerJvm());
  }

  /**
   * Without the CLI the local stack falls back to the SDK's test server, and a launch measured
   * there would measure another engine.
   */
  private static void requireTemporalCli() {
    if (!LocalStack.hasTemporalCli()) {
      throw new IllegalStateException("The benchmark needs the temporal CLI on the PATH");
    }
  }

  @Override
  public synchronized void close() {
    try {
      Files.deleteIfExists(options.readyFile());
    } catch (IOException e) {
      log.warn("Could not remove {}", options.readyFile(), e);
    }
    for (WorkerProcess worker : workers.reversed()) {
      try {
        worker.close();
      } catch (Exception e) {
        log.warn("Stopping {} failed", worker, e);
      }
    }
    workers.clear();
    if (stack != null) {
      stack.close();
      stack = null;
    }
  }
}
