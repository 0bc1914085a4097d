package com.boxoffice.loadtest.fault;

import com.boxoffice.loadtest.stack.BenchmarkStack;
import com.boxoffice.local.LocalStack;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault runs ({@code mvn -pl loadtest exec:exec@faults}): each run on a fresh stack on the
 * 45xxx-48xxx ports, its buyers checking out through the HTTP API while the stack is put through
 * its faults, then drained and judged by the invariant checker. Prints each run's figures and the
 * summary, writes the summary to {@code report.md}, and exits 0 only if every run passed (1 if one
 * failed, 2 if it could not start, 3 if its lifetime ran out). Printing is its job, so it writes to
 * standard output.
 */
public final class FaultRuns {
  private FaultRuns() {}

  public static void main(String[] args) throws Exception {
    FaultOptions options;
    try {
      options = FaultOptions.fromSystemProperties();
    } catch (IllegalArgumentException e) {
      System.err.println("Bad -Dfaults.* option: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (!LocalStack.hasTemporalCli()) {
      System.err.println("The fault runs need the temporal CLI (its dev server) on the PATH");
      System.exit(2);
    }
    AtomicReference<BenchmarkStack> running = new AtomicReference<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running), "fault-runs-stop"));
    stopWhenLifetimeIsUp(options.lifetime());
    List<RunResult> results = runAll(options, running, System.out);
    String summary = FaultReport.markdown(options, results);
    Path report = options.dataDirectory().resolve("report.md");
    write(report, summary);
    System.out.println();
    System.out.println(summary);
    System.out.println("(also in " + report + ")");
    System.exit(results.stream().allMatch(RunResult::passed) ? 0 : 1);
  }

  static List<RunResult> runAll(
      FaultOptions options, AtomicReference<BenchmarkStack> running, PrintStream out) {
    String runId = Long.toString(System.currentTimeMillis(), 36);
    FaultRunner runner = new FaultRunner(options, runId, running, out);
    List<RunResult> results = new ArrayList<>();
    int index = 0;
    for (FaultRun run : options.runs()) {
      index++;
      out.printf(
          "%nfault run %d/%d: %s (%d checkouts): %s%n",
          index, options.runs().size(), run.name(), options.checkouts(), run.description());
      RunResult result = runner.run(run);
      results.add(result);
      out.print(FaultReport.run(index, options.runs().size(), result));
    }
    return results;
  }

  /** A forgotten or wedged run must not hold the machine: exit, and the hook stops the stack. */
  private static void stopWhenLifetimeIsUp(Duration lifetime) {
    Thread.ofPlatform()
        .daemon()
        .name("fault-runs-lifetime")
        .start(() -> {
          try {
            Thread.sleep(lifetime);
          } catch (InterruptedException e) {
            return;
          }
          System.err.println("The fault runs' lifetime " + lifetime + " is up: stopping");
          System.exit(3);
        });
  }

  private static void stop(AtomicReference<BenchmarkStack> running) {
    BenchmarkStack stack = running.get();
    if (stack != null) {
      stack.close();
    }
  }

  private static void write(Path report, String summary) throws IOException {
    Files.createDirectories(report.getParent());
    Files.writeString(report, summary);
  }
}
