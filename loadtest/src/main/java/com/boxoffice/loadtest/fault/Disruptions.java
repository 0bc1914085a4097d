package com.boxoffice.loadtest.fault;

import com.boxoffice.loadtest.stack.BenchmarkStack;
import com.boxoffice.local.WorkerProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The run's disruptions of the stack itself, each when its share of the buyers has arrived, one
 * after the other: worker kills, a Temporal restart, a PostgreSQL restart. What happened, and how
 * long each took, is kept for the report.
 */
final class Disruptions {
  private final BenchmarkStack stack;
  private final Progress progress;
  private volatile long buyersStartedNanos;
  private final List<String> happened = new ArrayList<>();

  Disruptions(BenchmarkStack stack, Progress progress) {
    this.stack = stack;
    this.progress = progress;
  }

  /** Call it as the buyers start: what happens is timed from then. */
  void run(FaultRun run) throws Exception {
    buyersStartedNanos = System.nanoTime();
    for (Fault fault : run.faults()) {
      switch (fault) {
        case WORKERS -> {
          killAndReplaceAWorker(1.0 / 3);
          killAndReplaceAWorker(2.0 / 3);
        }
        case TEMPORAL -> {
          progress.awaitShare(1.0 / 3);
          timed("Temporal dev server restarted", () -> stack.localStack().restartTemporal());
        }
        case POSTGRES -> {
          progress.awaitShare(1.0 / 3);
          timed("PostgreSQL restarted", () -> stack.localStack().restartDatabase());
        }
        case PROVIDER, WEBHOOKS -> {
          // The sandbox's faults, in force for the whole of the buyers' arrival.
        }
      }
    }
  }

  List<String> happened() {
    synchronized (happened) {
      return List.copyOf(happened);
    }
  }

  private void killAndReplaceAWorker(double share) throws Exception {
    progress.awaitShare(share);
    int[] exit = new int[1];
    timed(
        "a worker SIGKILLed and a replacement polling",
        () -> exit[0] = stack.killOldestWorkerAndReplaceIt());
    if (exit[0] != WorkerProcess.KILLED) {
      throw new IllegalStateException(
          "The killed worker exited with " + exit[0] + ", not SIGKILL's " + WorkerProcess.KILLED);
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private void timed(String what, Step step) throws Exception {
    long began = System.nanoTime();
    step.run();
    long done = System.nanoTime();
    synchronized (happened) {
      happened.add(
          String.format(
              Locale.ROOT,
              "%s %.1f s into the buyers, took %.1f s",
              what,
              (began - buyersStartedNanos) / 1e9,
              (done - began) / 1e9));
    }
  }
}
