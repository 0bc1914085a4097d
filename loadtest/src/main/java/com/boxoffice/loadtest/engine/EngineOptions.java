package com.boxoffice.loadtest.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How hard and how long the comparison pushes, from {@code -Dengine.*}.
 *
 * @param concurrency buyers per phase, each running one saga after another (a closed loop)
 * @param warmUp run before each phase's measured window, not counted
 * @param measured each phase's measured window
 * @param rounds times the three phases run, interleaved, so machine noise hits all three alike
 * @param drain how long a phase waits after its window for its buyers' last sagas to end
 * @param directPoolSize the direct phase's PostgreSQL connections: by default what the stack's two
 *     workers have together (2 × DATABASE_POOL_SIZE's 8)
 * @param reportDirectory where report.md is written
 */
record EngineOptions(
    int concurrency,
    Duration warmUp,
    Duration measured,
    int rounds,
    Duration drain,
    int directPoolSize,
    Path reportDirectory) {

  static EngineOptions fromSystemProperties() {
    return new EngineOptions(
        Integer.getInteger("engine.concurrency", 64),
        Duration.ofSeconds(Integer.getInteger("engine.warmupSeconds", 10)),
        Duration.ofSeconds(Integer.getInteger("engine.seconds", 30)),
        Integer.getInteger("engine.rounds", 1),
        Duration.ofSeconds(Integer.getInteger("engine.drainSeconds", 300)),
        Integer.getInteger("engine.directPoolSize", 16),
        Path.of(System.getProperty("engine.reportDir", "target/engine")));
  }

  String describe() {
    return "%d buyers per phase (closed loop), %d s measured after a %d s warm-up, %d round%s of"
            .formatted(
                concurrency,
                measured.toSeconds(),
                warmUp.toSeconds(),
                rounds,
                rounds == 1 ? "" : "s")
        + " bare → boxoffice → direct; the direct phase with "
        + directPoolSize
        + " PostgreSQL connections.";
  }
}
