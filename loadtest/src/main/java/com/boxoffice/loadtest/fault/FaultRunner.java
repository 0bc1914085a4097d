package com.boxoffice.loadtest.fault;

import com.boxoffice.loadtest.check.InvariantChecker;
import com.boxoffice.loadtest.launch.LaunchLedger;
import com.boxoffice.loadtest.stack.BenchmarkOptions;
import com.boxoffice.loadtest.stack.BenchmarkStack;
import com.boxoffice.loadtest.stack.StackPorts;
import com.boxoffice.local.DevServerOptions;
import com.boxoffice.worker.WorkerApplication;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fault run from start to verdict: a fresh stack, an event with fewer seats than buyers, the
 * sandbox's faults on and the disruptions under way while the buyers check out, the faults off, the
 * wait until everything settled, and the invariant checker.
 */
final class FaultRunner {
  private static final StackPorts PORTS = StackPorts.FAULT_RUNS;
  private static final int WORKERS = 2;

  /** The workers run kills two workers, and each replacement takes the next metrics port. */
  private static final int REPLACEMENTS = 2;

  private static final Duration PORTS_WAIT = Duration.ofMinutes(2);
  private static final Logger log = LoggerFactory.getLogger(FaultRunner.class);

  /**
   * A quick start matters more than peak speed: the workers of a run start side by side with little
   * load to carry, and replacements start mid-run.
   */
  private static final List<String> WORKER_JVM =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private final FaultOptions options;
  private final String runId;
  private final AtomicReference<BenchmarkStack> running;
  private final PrintStream out;

  /**
   * @param running where the stack under way is published, for the command's shutdown hook
   */
  FaultRunner(
      FaultOptions options,
      String runId,
      AtomicReference<BenchmarkStack> running,
      PrintStream out) {
    this.options = options;
    this.runId = runId;
    this.running = running;
    this.out = out;
  }

  RunResult run(FaultRun run) {
    Tally tally = new Tally(run);
    Progress progress = new Progress(options.checkouts());
    BenchmarkStack stack = BenchmarkStack.of(stackOptions(run));
    running.set(stack);
    Disruptions disruptions = new Disruptions(stack, progress);
    Duration sending = Duration.ZERO;
    Settling.Settled settled = null;
    InvariantChecker.Verdict verdict = null;
    String error = null;
    try (StackHttp http = new StackHttp(PORTS)) {
      start(stack);
      String eventId = run.eventId(runId);
      http.createEvent(eventId, options.seats());
      http.sandboxFaults(run.sandboxFaults());
      long start = System.nanoTime();
      try (ExecutorService disrupting = Executors.newSingleThreadExecutor()) {
        Future<?> disrupted =
            disrupting.submit(() -> {
              disruptions.run(run);
              return null;
            });
        try {
          new Buyers(http, tally, progress)
              .run(eventId, options.checkouts(), options.sendOver(), options.concurrency());
          sending = Duration.ofNanos(System.nanoTime() - start);
          disrupted.get();
        } finally {
          // A no-op once it is done; else it would wait forever for buyers who failed to arrive.
          disrupted.cancel(true);
          http.sandboxFaults(Map.of());
        }
      }
      settled =
          new Settling(
                  new LaunchLedger(PORTS.jdbcUrl(), BenchmarkOptions.DATABASE_USER),
                  PORTS.temporalAddress())
              .await(eventId, options.drain());
      verdict =
          InvariantChecker.check(
              PORTS.jdbcUrl(),
              BenchmarkOptions.DATABASE_USER,
              PORTS.sandboxUrl(),
              options.drain(),
              out);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      error = e.toString();
    } finally {
      stack.close();
      running.set(null);
    }
    return new RunResult(
        run,
        options.checkouts(),
        options.seats(),
        tally,
        disruptions.happened(),
        sending,
        settled,
        verdict,
        error);
  }

  /**
   * Starts the stack once its ports are free, and once more should one be taken between the check
   * and the bind.
   */
  private static void start(BenchmarkStack stack) throws Exception {
    List<Integer> ports = FreePorts.of(PORTS, WORKERS + REPLACEMENTS);
    FreePorts.await(ports, PORTS_WAIT);
    try {
      stack.startAll();
    } catch (Exception firstTry) {
      log.warn("The stack did not start ({}); trying once more", firstTry.toString());
      FreePorts.await(ports, PORTS_WAIT);
      stack.startAll();
    }
  }

  /** Each run's stack keeps its data and logs in a directory of its own, wiped at its start. */
  private BenchmarkOptions stackOptions(FaultRun run) {
    return new BenchmarkOptions(
        PORTS,
        options.dataDirectory().resolve(run.name()),
        WORKERS,
        // Production's worker: a fault run has no bench saga to run.
        WorkerApplication.class,
        WORKER_JVM,
        // The temporal run restarts the server on its file.
        DevServerOptions.defaults(),
        options.holdTtl(),
        options.lifetime(),
        false);
  }
}
