package com.boxoffice.loadtest.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How hard and how long the comparison pushes, from {@code -Dengine.*}.
 *
 * @param concurrency buyers per phase, each running one saga after another (a closed loop)
 * @param warmUp run before each phase's measured window, not counted
 * @param measured each phase's measured window
 * @param warmUpRounds rounds of the three phases run first and not counted, so that every saga is
 *     measured on code the JVMs have compiled: Box Office runs first and, without them, pays alone
 *     for compiling the API, the sandbox, jOOQ and the providers' clients on the same two cores
 * @param rounds times the three phases run, interleaved, so machine noise hits all three alike
 * @param drain how long a phase waits after its window for its buyers' last sagas to end
 * @param historySample completed sagas per phase whose history sizes are read from the server
 * @param referenceAsCheckout whether the minimal and classic sagas start as the API starts a
 *     checkout, with its search attributes, summary and details, and upsert its final attributes as
 *     they end ({@code -Dengine.referenceStart=checkout}); by default ({@code bare}) they carry
 *     none, so the ratios also count what a checkout carries for operators against Box Office
 * @param reportDirectory where report.md is written
 * @param stackDirectory the running stack's data directory, whose READY file says how its dev
 *     server keeps its state
 */
record EngineOptions(
    int concurrency,
    Duration warmUp,
    Duration measured,
    int warmUpRounds,
    int rounds,
    Duration drain,
    int historySample,
    boolean referenceAsCheckout,
    Path reportDirectory,
    Path stackDirectory) {

  static EngineOptions fromSystemProperties() {
    return new EngineOptions(
        Integer.getInteger("engine.concurrency", 64),
        Duration.ofSeconds(Integer.getInteger("engine.warmupSeconds", 10)),
        Duration.ofSeconds(Integer.getInteger("engine.seconds", 30)),
        Integer.getInteger("engine.warmupRounds", 1),
        Integer.getInteger("engine.rounds", 1),
        Duration.ofSeconds(Integer.getInteger("engine.drainSeconds", 300)),
        Integer.getInteger("engine.historySample", 20),
        referenceAsCheckout(System.getProperty("engine.referenceStart", "bare")),
        Path.of(System.getProperty("engine.reportDir", "target/engine")),
        Path.of(System.getProperty("engine.stackDir", "target/bench-stack")));
  }

  private static boolean referenceAsCheckout(String start) {
    return switch (start) {
      case "bare" -> false;
      case "checkout" -> true;
      default ->
          throw new IllegalArgumentException(
              "engine.referenceStart is bare or checkout, not " + start);
    };
  }

  String describe() {
    return ("%d buyers per phase (closed loop), %d s measured after a %d s warm-up, %d round%s of"
                + " %s after %d uncounted")
            .formatted(
                concurrency,
                measured.toSeconds(),
                warmUp.toSeconds(),
                rounds,
                rounds == 1 ? "" : "s",
                String.join(" → ", EngineReport.PHASES),
                warmUpRounds)
        + (referenceAsCheckout
            ? " The minimal and classic sagas start as the API starts a checkout (its five search"
                + " attributes, summary and details) and upsert its final three as they end"
                + " (`-Dengine.referenceStart=checkout`)."
            : " The minimal and classic sagas start bare: no search attributes, summary or"
                + " details.");
  }
}
