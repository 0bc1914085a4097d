package com.boxoffice.loadtest.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The CPU time this machine's processes have used, by the part of the stack they are, read from
 * Linux's {@code /proc}: the difference of two readings across a phase's window says where its
 * sagas' CPU went. Every part shares the same two cores, so a saga's cost is the sum of its parts.
 */
final class ProcessCpu {
  /** {@code /proc/[pid]/stat} counts in clock ticks; Linux's user-space tick is 100 Hz. */
  private static final double TICKS_PER_SECOND = 100;

  private record Part(String name, Predicate<String> commandLine) {}

  private static final long SELF = ProcessHandle.current().pid();

  /** Told apart by the program run (a JVM's class path names every part, Temporal's included). */
  private static final List<Part> PARTS =
      List.of(
          new Part("Temporal server", cmd -> program(cmd).startsWith("temporal")),
          new Part("PostgreSQL", cmd -> program(cmd).startsWith("postgres")),
          new Part("API + sandbox JVM", cmd -> isJava(cmd) && cmd.contains("BenchmarkStack")),
          new Part("worker JVMs", cmd -> isJava(cmd) && cmd.contains("WorkerApplication")));

  static final String LOAD = "load generator (this JVM)";

  /** Names of the parts in the order they are reported, the load generator last. */
  static List<String> parts() {
    return Stream.concat(PARTS.stream().map(Part::name), Stream.of(LOAD)).toList();
  }

  /** CPU seconds used so far, by part; empty where {@code /proc} cannot be read. */
  static Map<String, Double> read() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(dir -> add(seconds, dir));
    } catch (IOException | UncheckedIOException e) {
      return Map.of();
    }
    return seconds;
  }

  private static void add(Map<String, Double> seconds, Path process) {
    try {
      String commandLine = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
      String[] stat = Files.readString(process.resolve("stat")).split("\\) ", 2)[1].split(" ");
      double used = (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / TICKS_PER_SECOND;
      String part =
          Long.parseLong(process.getFileName().toString()) == SELF
              ? LOAD
              : PARTS.stream()
                  .filter(candidate -> candidate.commandLine().test(commandLine))
                  .map(Part::name)
                  .findFirst()
                  .orElse(null);
      if (part != null) {
        seconds.merge(part, used, Double::sum);
      }
    } catch (IOException | RuntimeException gone) {
      // The process ended between the listing and the read: it used nothing in this window.
    }
  }

  /** The file name of the program a command line runs. */
  private static String program(String commandLine) {
    String executable = commandLine.split(" ", 2)[0];
    return executable.substring(executable.lastIndexOf('/') + 1);
  }

  private static boolean isJava(String commandLine) {
    return program(commandLine).equals("java");
  }

  /** What each part used between {@code before} and {@code after}. */
  static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> used = new LinkedHashMap<>();
    after.forEach((part, seconds) -> used.put(part, seconds - before.getOrDefault(part, 0.0)));
    return used;
  }

  private ProcessCpu() {}
}
