package com.boxoffice.loadtest.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A worker in a JVM of its own, as deployed: the benchmark's workers must not share a heap, a
 * garbage collector or a JIT with the API they are measured through.
 */
final class WorkerProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final String MAIN = "com.boxoffice.worker.WorkerApplication";

  private final String name;
  private final Process process;
  private final Path log;

  private WorkerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts worker {@code n} (from 1) with the given settings as its environment. */
  static WorkerProcess start(int n, Map<String, String> settings, Path logDirectory)
      throws IOException {
    String name = "worker-" + n;
    Files.createDirectories(logDirectory);
    Path log = logDirectory.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), MAIN));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(settings);
    builder.environment().put("WORKER_PORT", String.valueOf(BenchmarkOptions.workerMetricsPort(n)));
    builder.environment().put("SPRING_MAIN_BANNER_MODE", "off");
    return new WorkerProcess(name, builder.start(), log);
  }

  /** Returns once Spring Boot reports the worker started, so its pollers are running. */
  void awaitStarted() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP);
    while (!Files.readString(log).contains("Started WorkerApplication")) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + log);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(name + " did not start within " + STARTUP + ": " + log);
      }
      Thread.sleep(250);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + ")";
  }
}
