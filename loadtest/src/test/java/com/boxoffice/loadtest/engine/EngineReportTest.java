package com.boxoffice.loadtest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class EngineReportTest {

  @Test
  void dividesBoxOfficesCompletionsPerSecondByTheBareEnginesAndTheDirectCalls() {
    EngineReport report =
        new EngineReport(
            "",
            List.of(
                phase("bare", 1, 6000, 30),
                phase("boxoffice", 1, 1500, 30),
                phase("direct", 1, 3000, 30)));

    assertThat(report.ratio("boxoffice", "bare")).isEqualTo(0.25);
    assertThat(report.ratio("boxoffice", "direct")).isEqualTo(0.5);
    assertThat(report.markdown())
        .contains("| boxoffice / bare: our share of the engine's limit | 0.25 |")
        .contains("| boxoffice / direct: what durability leaves of the plain calls | 0.50 |");
  }

  @Test
  void addsUpTheRoundsBeforeDividingAndListsEachRoundsRatio() {
    EngineReport report =
        new EngineReport(
            "",
            List.of(
                phase("bare", 1, 300, 30),
                phase("boxoffice", 1, 100, 30),
                phase("direct", 1, 200, 30),
                phase("bare", 2, 100, 30),
                phase("boxoffice", 2, 100, 30),
                phase("direct", 2, 100, 30)));

    assertThat(report.ratio("boxoffice", "bare")).isEqualTo(0.5);
    assertThat(report.markdown())
        .contains(
            "| boxoffice / bare: our share of the engine's limit | 0.50 (rounds: 0.33, 1.00) |")
        .contains("| bare | all | 400 | 6.7 |");
  }

  @Test
  void showsEachPhasesRateNearestRankPercentilesAndErrorsByKindMostFrequentFirst() {
    PhaseResult boxoffice =
        new PhaseResult(
            "boxoffice",
            1,
            100,
            10,
            millis(1, 100),
            millis(1001, 1100),
            Map.of("HTTP 503 checkout-pending", 3L, "checkout ended EXPIRED", 1L));

    String markdown = new EngineReport("", List.of(boxoffice)).markdown();

    assertThat(markdown)
        .contains(
            "| boxoffice | 1 | 100 | 10.0 | 50 | 95 | 99 | 1050 | 1095 | 1099 |"
                + " 3 × HTTP 503 checkout-pending; 1 × checkout ended EXPIRED |");
  }

  @Test
  void printsADashWhereAPhaseHadNoSampleToMeasure() {
    String markdown =
        new EngineReport(
                "",
                List.of(
                    new PhaseResult("bare", 1, 0, 30, List.of(), List.of(), Map.of("boom", 2L))))
            .markdown();

    assertThat(markdown).contains("| bare | 1 | 0 | 0.0 | – | – | – | – | – | – | 2 × boom |");
  }

  private static PhaseResult phase(String name, int round, long completed, double seconds) {
    return new PhaseResult(name, round, completed, seconds, List.of(10.0), List.of(20.0), Map.of());
  }

  /** from, from + 1, ..., to. */
  private static List<Double> millis(int from, int to) {
    return DoubleStream.iterate(from, v -> v <= to, v -> v + 1).boxed().toList();
  }
}
