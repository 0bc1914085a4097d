package com.boxoffice.loadtest.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the fault runs do: a preset ({@code -Dfaults.size=smoke|full}) whose every field can be
 * overridden ({@code -Dfaults.checkouts=100}, {@code -Dfaults.only=provider,temporal}).
 *
 * @param runs each on a fresh stack, one after the other
 * @param checkouts buyers per run, each one checkout
 * @param seats the run's event capacity: fewer than the buyers, so that it sells out
 * @param concurrency buyers in flight at once, waiting for an answer or retrying
 * @param sendOver the buyers' arrivals are spread over this
 * @param holdTtl seats' hold deadline: a checkout whose webhook was dropped settles once it passes
 * @param drain longest wait for a run's checkouts to settle after its last buyer
 * @param lifetime the whole command stops itself after this
 */
record FaultOptions(
    String size,
    List<FaultRun> runs,
    int checkouts,
    int seats,
    int concurrency,
    Duration sendOver,
    Duration holdTtl,
    Duration drain,
    Duration lifetime,
    Path dataDirectory) {

  static final String PREFIX = "faults.";

  FaultOptions {
    runs = List.copyOf(runs);
    if (runs.isEmpty() || checkouts < 1 || seats < 1 || concurrency < 1) {
      throw new IllegalArgumentException(
          "faults.only, faults.checkouts, faults.seats and faults.concurrency must not be empty"
              + " or below 1");
    }
  }

  static FaultOptions fromSystemProperties() {
    return from(
        System.getProperties().stringPropertyNames().stream()
            .filter(name -> name.startsWith(PREFIX))
            .collect(Collectors.toMap(name -> name, System::getProperty)));
  }

  /** Blank values count as unset, since Maven passes every property, set or not. */
  static FaultOptions from(Map<String, String> properties) {
    Function<String, String> given =
        name -> {
          String value = properties.get(PREFIX + name);
          return value == null || value.isBlank() ? null : value.trim();
        };
    String size = given.apply("size") == null ? "smoke" : given.apply("size");
    FaultOptions preset =
        switch (size) {
          case "smoke" ->
              new FaultOptions(
                  size,
                  List.of(FaultRun.parse("provider+webhooks")),
                  60,
                  40,
                  16,
                  Duration.ofSeconds(15),
                  Duration.ofSeconds(30),
                  Duration.ofMinutes(2),
                  Duration.ofMinutes(8),
                  null);
          case "full" ->
              new FaultOptions(
                  size,
                  Arrays.stream(Fault.values()).map(fault -> new FaultRun(List.of(fault))).toList(),
                  220,
                  150,
                  24,
                  Duration.ofSeconds(45),
                  Duration.ofMinutes(1),
                  Duration.ofMinutes(4),
                  Duration.ofMinutes(75),
                  null);
          default -> throw new IllegalArgumentException("faults.size is smoke or full: " + size);
        };
    String only = given.apply("only");
    String checkouts = given.apply("checkouts");
    String seats = given.apply("seats");
    int buyers = checkouts == null ? preset.checkouts : Integer.parseInt(checkouts);
    return new FaultOptions(
        size,
        only == null
            ? preset.runs
            : Arrays.stream(only.split(",")).map(String::trim).map(FaultRun::parse).toList(),
        buyers,
        // More buyers than seats by the preset's share, unless the seats are given.
        seats != null
            ? Integer.parseInt(seats)
            : checkouts == null ? preset.seats : Math.max(1, buyers * 2 / 3),
        intOr(given.apply("concurrency"), preset.concurrency),
        durationOr(given.apply("sendOver"), preset.sendOver),
        durationOr(given.apply("holdTtl"), preset.holdTtl),
        durationOr(given.apply("drain"), preset.drain),
        durationOr(given.apply("lifetime"), preset.lifetime),
        Path.of(given.apply("dataDir") == null ? "target/faults" : given.apply("dataDir"))
            .toAbsolutePath());
  }

  int totalCheckouts() {
    return checkouts * runs.size();
  }

  private static int intOr(String value, int fallback) {
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static Duration durationOr(String value, Duration fallback) {
    return value == null ? fallback : Duration.parse(value);
  }
}
