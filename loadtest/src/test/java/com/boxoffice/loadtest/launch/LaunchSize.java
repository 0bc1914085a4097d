package com.boxoffice.loadtest.launch;

import com.boxoffice.loadtest.stack.BenchmarkOptions;
import java.time.Duration;

/**
 * How big a launch to play: a preset ({@code -Dlaunch.size=smoke|full}) whose every field can be
 * overridden ({@code -Dlaunch.buyers=500}). It always targets 127.0.0.1 and is bounded in users and
 * time, so it stops by itself.
 */
record LaunchSize(
    String name,
    String apiUrl,
    String sandboxUrl,
    double rampFrom,
    double rampTo,
    int rampSeconds,
    double steadyRate,
    int steadySeconds,
    int buyers,
    int seats,
    int saleSeconds,
    int soldOutBuyers,
    int soldOutSeconds,
    Duration drain,
    int sustainWindowSeconds,
    Duration patience) {

  static LaunchSize fromSystemProperties() {
    String name = System.getProperty("launch.size", "smoke");
    LaunchSize preset =
        switch (name) {
          case "smoke" ->
              new LaunchSize(name, "", "", 1, 5, 20, 0, 0, 300, 30, 10, 60, 10, null, 5, null);
          case "full" ->
              new LaunchSize(
                  name, "", "", 5, 100, 120, 0, 0, 10_000, 1_000, 60, 3_000, 30, null, 10, null);
          default -> throw new IllegalArgumentException("launch.size is smoke or full: " + name);
        };
    return new LaunchSize(
        name,
        loopback("launch.apiUrl", BenchmarkOptions.API_URL),
        loopback("launch.sandboxUrl", BenchmarkOptions.SANDBOX_URL),
        Double.parseDouble(System.getProperty("launch.rampFrom", "" + preset.rampFrom)),
        Double.parseDouble(System.getProperty("launch.rampTo", "" + preset.rampTo)),
        Integer.getInteger("launch.rampSeconds", preset.rampSeconds),
        Double.parseDouble(System.getProperty("launch.steadyRate", "" + preset.steadyRate)),
        Integer.getInteger("launch.steadySeconds", preset.steadySeconds),
        Integer.getInteger("launch.buyers", preset.buyers),
        Integer.getInteger("launch.seats", preset.seats),
        Integer.getInteger("launch.saleSeconds", preset.saleSeconds),
        Integer.getInteger("launch.soldOutBuyers", preset.soldOutBuyers),
        Integer.getInteger("launch.soldOutSeconds", preset.soldOutSeconds),
        Duration.parse(System.getProperty("launch.drain", "full".equals(name) ? "PT5M" : "PT2M")),
        Integer.getInteger("launch.sustainWindow", preset.sustainWindowSeconds),
        Duration.parse(System.getProperty("launch.patience", "PT90S")));
  }

  /**
   * Longest the load may run, past which Gatling stops every user: each phase starts once the one
   * before has finished, and a buyer may come back after 503s for its patience and poll for 30 s.
   */
  Duration maxDuration() {
    int steady = hasSteadyPhase() ? steadySeconds : 0;
    int phases = hasSteadyPhase() ? 4 : 3;
    return Duration.ofSeconds(rampSeconds + steady + saleSeconds + soldOutSeconds)
        .plus(patience.plusSeconds(30).multipliedBy(phases));
  }

  /**
   * Whether a steady phase follows the ramp: a constant rate (say 80 % of the highest the ramp
   * sustained) on a stack the ramp has warmed, so its latencies are those of a machine with room to
   * spare rather than one past its limit.
   */
  boolean hasSteadyPhase() {
    return steadySeconds > 0 && steadyRate > 0;
  }

  private static String loopback(String property, String fallback) {
    String url = System.getProperty(property, fallback);
    if (!url.startsWith("http://127.0.0.1:")) {
      throw new IllegalArgumentException(property + " must target http://127.0.0.1: " + url);
    }
    return url;
  }
}
