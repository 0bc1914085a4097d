package com.boxoffice.loadtest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class EngineReportTest {

  @Test
  void dividesBoxOfficesCompletionsPerSecondByTheMinimalAndTheClassicSagas() {
    EngineReport report =
        report(
            phase("boxoffice", 1, 1500, 30),
            phase("minimal", 1, 6000, 30),
            phase("classic", 1, 3000, 30));

    assertThat(report.ratio("boxoffice", "minimal")).isEqualTo(0.25);
    assertThat(report.ratio("boxoffice", "classic")).isEqualTo(0.5);
    assertThat(report.markdown())
        .contains("| boxoffice / minimal: Box Office against the engine's floor")
        .contains("local activities) | 0.25 |")
        .contains("| boxoffice / classic: Box Office against the peer")
        .contains("samples-java's shape) | 0.50 |");
  }

  @Test
  void addsUpTheRoundsBeforeDividingAndListsEachRoundsRatio() {
    EngineReport report =
        report(
            phase("boxoffice", 1, 100, 30),
            phase("minimal", 1, 300, 30),
            phase("classic", 1, 200, 30),
            phase("boxoffice", 2, 100, 30),
            phase("minimal", 2, 100, 30),
            phase("classic", 2, 100, 30));

    assertThat(report.ratio("boxoffice", "minimal")).isEqualTo(0.5);
    assertThat(report.markdown())
        .contains("local activities) | 0.50 (rounds: 0.33, 1.00) |")
        .contains("| minimal | all | 400 | 6.7 |");
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
            Map.of("HTTP 503 checkout-pending", 3L, "checkout ended EXPIRED", 1L),
            List.of(),
            Map.of());

    assertThat(report(boxoffice).markdown())
        .contains(
            "| boxoffice | 1 | 100 | 10.0 | 50 | 95 | 99 | 1050 | 1095 | 1099 |"
                + " 3 × HTTP 503 checkout-pending; 1 × checkout ended EXPIRED |");
  }

  @Test
  void printsADashWhereAPhaseHadNoSampleToMeasure() {
    PhaseResult failed =
        new PhaseResult(
            "minimal", 1, 0, 30, List.of(), List.of(), Map.of("boom", 2L), List.of(), Map.of());

    assertThat(report(failed).markdown())
        .contains("| minimal | 1 | 0 | 0.0 | – | – | – | – | – | – | 2 × boom |");
  }

  @Test
  void showsEachSagasTransitionsAndEventsAsTheMedianAndRangeOfItsSample() {
    EngineReport report =
        new EngineReport(
            "",
            List.of(phase("boxoffice", 1, 10, 10), phase("minimal", 1, 10, 10)),
            Map.of(
                "boxoffice", new HistoryCost(List.of(9L, 7L, 8L), List.of(30L, 31L, 29L)),
                "minimal", new HistoryCost(List.of(), List.of())));

    assertThat(report.markdown())
        .contains("| boxoffice | 3 | 8 (7–9) | 30 (29–31) |")
        .contains("| minimal | 0 | – | – |");
  }

  @Test
  void showsWhereEachSagasCpuWentPerPartOfTheStack() {
    PhaseResult boxoffice =
        new PhaseResult(
            "boxoffice",
            1,
            100,
            10,
            List.of(10.0),
            List.of(20.0),
            Map.of(),
            List.of(),
            Map.of("Temporal server", 2.0, "worker JVMs", 3.0));

    assertThat(report(boxoffice).markdown())
        .contains("| boxoffice | 20.0 | 0.0 | 0.0 | 30.0 | 0.0 | 50.0 | 0.50 |");
  }

  private static EngineReport report(PhaseResult... results) {
    return new EngineReport("", List.of(results), Map.of());
  }

  private static PhaseResult phase(String name, int round, long completed, double seconds) {
    return new PhaseResult(
        name,
        round,
        completed,
        seconds,
        List.of(10.0),
        List.of(20.0),
        Map.of(),
        List.of(),
        Map.of());
  }

  /** from, from + 1, ..., to. */
  private static List<Double> millis(int from, int to) {
    return DoubleStream.iterate(from, v -> v <= to, v -> v + 1).boxed().toList();
  }
}
