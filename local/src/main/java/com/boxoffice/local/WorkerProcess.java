package com.boxoffice.local;

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
 * A worker in a JVM of its own, on this JVM's class path, pointed at a running stack: as deployed,
 * it shares no heap, garbage collector or JIT with the API, and a test can kill it without taking
 * the stack down with it.
 */
public final class WorkerProcess implements AutoCloseable {
  /** How a JVM ended by SIGKILL reports its exit: 128 plus the signal's number. */
  public static final int KILLED = 128 + 9;

  /** Generous: three JVMs start at once on a machine that may have two cores. */
  private static final Duration STARTUP = Duration.ofSeconds(150);

  private final String name;
  private final Process process;
  private final Path log;
  private final String started;

  private WorkerProcess(String name, Process process, Path log, Class<?> mainClass) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.started = "Started " + mainClass.getSimpleName();
  }

  /**
   * Starts the worker, its log at {@code logDirectory/name.log}; {@link #awaitStarted()} waits
   * until it polls.
   *
   * @param mainClass {@code WorkerApplication}, or a benchmark's worker built on it: a Spring Boot
   *     application that logs {@code Started <its simple name>}
   * @param actuatorPort 0 for any free port
   * @param jvmOptions heap and the like, which differ between a short test and a benchmark
   */
  public static WorkerProcess start(
      String name,
      Class<?> mainClass,
      LocalStack stack,
      Path logDirectory,
      int actuatorPort,
      List<String> jvmOptions)
      throws IOException {
    Files.createDirectories(logDirectory);
    Path log = logDirectory.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(mainClass.getName());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    stack.sharedSettings().forEach((key, value) -> environment.put(key, String.valueOf(value)));
    stack.workerSettings().forEach((key, value) -> environment.put(key, String.valueOf(value)));
    environment.put("WORKER_PORT", String.valueOf(actuatorPort));
    environment.put("SPRING_MAIN_BANNER_MODE", "off");
    return new WorkerProcess(name, builder.start(), log, mainClass);
  }

  /** Returns once Spring Boot reports the worker started, so its pollers are running. */
  public WorkerProcess awaitStarted() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP);
    while (!Files.readString(log).contains(started)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + log);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(name + " did not start within " + STARTUP + ": " + log);
      }
      Thread.sleep(250);
    }
    return this;
  }

  /** SIGKILL: the worker gets no chance to finish or hand back what it holds. Returns the exit. */
  public int kill() throws InterruptedException {
    // On Linux the JDK sends SIGKILL for destroyForcibly and SIGTERM for destroy.
    process.destroyForcibly();
    return process.waitFor();
  }

  /** SIGTERM, the graceful stop of a deployment; SIGKILL if it does not stop in time. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + ")";
  }
}
