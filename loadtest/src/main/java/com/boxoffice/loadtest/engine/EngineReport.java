package com.boxoffice.loadtest.engine;

import com.boxoffice.loadtest.launch.Latencies;
import com.boxoffice.loadtest.launch.Latencies.Percentiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The comparison as Markdown: each phase of each round, each phase over all rounds, the ratios of
 * checkouts per second that the comparison is for, and each saga's cost as the server counts it.
 * Ratios are of the totals (completions over measured seconds, all rounds together); with several
 * rounds each round's ratio is listed too, so the spread that machine noise causes can be seen.
 */
final class EngineReport {
  static final String BOXOFFICE = "boxoffice";
  static final String MINIMAL = "minimal";
  static final String CLASSIC = "classic";

  /** The order phases run in, within a round, and are reported in. */
  static final List<String> PHASES = List.of(BOXOFFICE, MINIMAL, CLASSIC);

  private final String context;
  private final List<PhaseResult> results;
  private final Map<String, HistoryCost> costs;

  /**
   * @param context what the run was (settings, the dev server, workers), printed above the tables
   * @param costs each phase's sampled sagas, as the server counted them
   */
  EngineReport(String context, List<PhaseResult> results, Map<String, HistoryCost> costs) {
    this.context = context;
    this.results = List.copyOf(results);
    this.costs = Map.copyOf(costs);
  }

  String markdown() {
    StringBuilder text =
        new StringBuilder("# Engine comparison\n\n").append(context).append("\n\n");
    text.append(
        "| phase | round | completed | completions/s | answer p50 | answer p95 | answer p99"
            + " | done p50 | done p95 | done p99 | errors |\n");
    text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    results.forEach(result -> text.append(row(result)));
    if (rounds() > 1) {
      PHASES.forEach(phase -> text.append(row(total(phase))));
    }
    text.append("\nLatencies in ms: answer = start → the checkout's answer (Box Office: the `201`;")
        .append(" minimal, classic: the update, once the confirm step is done); done = start →")
        .append(" the saga's end, after the email.\n\n")
        .append("| ratio of completions/s | value |\n|---|---:|\n");
    text.append(
        ratioRow(
            "boxoffice / minimal: Box Office against the engine's floor (five no-op local"
                + " activities)",
            BOXOFFICE,
            MINIMAL));
    text.append(
        ratioRow(
            "boxoffice / classic: Box Office against the peer (five no-op activities,"
                + " samples-java's shape)",
            BOXOFFICE,
            CLASSIC));
    text.append(
        "\n| per saga, read from the server (median, min–max) | sampled | state transitions"
            + " | history events |\n|---|---:|---:|---:|\n");
    PHASES.stream()
        .filter(costs::containsKey)
        .forEach(phase -> text.append(costs.get(phase).row(phase)));
    text.append(cpuTable());
    return text.toString();
  }

  /** Completions per second of {@code numerator} over those of {@code denominator}, all rounds. */
  double ratio(String numerator, String denominator) {
    double below = total(denominator).perSecond();
    return below > 0 ? total(numerator).perSecond() / below : Double.NaN;
  }

  private String ratioRow(String label, String numerator, String denominator) {
    String value = format(ratio(numerator, denominator), "%.2f");
    if (rounds() > 1) {
      List<String> perRound = new ArrayList<>();
      for (int round = 1; round <= rounds(); round++) {
        double below = result(denominator, round).perSecond();
        double above = result(numerator, round).perSecond();
        perRound.add(format(below > 0 ? above / below : Double.NaN, "%.2f"));
      }
      value += " (rounds: " + String.join(", ", perRound) + ")";
    }
    return "| " + label + " | " + value + " |\n";
  }

  private PhaseResult total(String phase) {
    List<PhaseResult> ofPhase = results.stream().filter(r -> r.phase().equals(phase)).toList();
    Map<String, Long> errors = new TreeMap<>();
    ofPhase.forEach(r -> r.errors().forEach((kind, n) -> errors.merge(kind, n, Long::sum)));
    return new PhaseResult(
        phase,
        0,
        ofPhase.stream().mapToLong(PhaseResult::completed).sum(),
        ofPhase.stream().mapToDouble(PhaseResult::seconds).sum(),
        ofPhase.stream().flatMap(r -> r.answerMillis().stream()).toList(),
        ofPhase.stream().flatMap(r -> r.doneMillis().stream()).toList(),
        errors,
        ofPhase.stream().flatMap(r -> r.workflowIds().stream()).toList(),
        ofPhase.stream()
            .flatMap(r -> r.cpuSeconds().entrySet().stream())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Double::sum)));
  }

  /**
   * Where each saga's CPU went, over all rounds: the CPU each part of the stack used in the
   * measured windows over the sagas completed in them, and how much of the machine that was.
   */
  private String cpuTable() {
    List<String> parts = ProcessCpu.parts();
    StringBuilder text =
        new StringBuilder("\n| CPU ms per completed saga | ")
            .append(String.join(" | ", parts))
            .append(" | total | cores busy |\n|---|")
            .append("---:|".repeat(parts.size() + 2))
            .append("\n");
    for (String phase : PHASES) {
      PhaseResult total = total(phase);
      if (total.completed() == 0 || total.cpuSeconds().isEmpty()) {
        continue;
      }
      text.append("| ").append(phase);
      double sum = 0;
      for (String part : parts) {
        double seconds = total.cpuSeconds().getOrDefault(part, 0.0);
        sum += seconds;
        text.append(" | ").append(format(1000 * seconds / total.completed(), "%.1f"));
      }
      text.append(" | ")
          .append(format(1000 * sum / total.completed(), "%.1f"))
          .append(" | ")
          .append(format(sum / total.seconds(), "%.2f"))
          .append(" |\n");
    }
    return text.toString();
  }

  private PhaseResult result(String phase, int round) {
    return results.stream()
        .filter(r -> r.phase().equals(phase) && r.round() == round)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + phase + " in round " + round));
  }

  private int rounds() {
    return results.stream().mapToInt(PhaseResult::round).max().orElse(0);
  }

  private static String row(PhaseResult result) {
    Percentiles answer = Latencies.of(result.answerMillis());
    Percentiles done = Latencies.of(result.doneMillis());
    return String.join(
            " | ",
            "| " + result.phase(),
            result.round() == 0 ? "all" : Integer.toString(result.round()),
            Long.toString(result.completed()),
            format(result.perSecond(), "%.1f"),
            millis(answer.p50()),
            millis(answer.p95()),
            millis(answer.p99()),
            millis(done.p50()),
            millis(done.p95()),
            millis(done.p99()),
            errors(result.errors()))
        + " |\n";
  }

  /** The most frequent first. */
  private static String errors(Map<String, Long> errors) {
    return errors.isEmpty()
        ? "none"
        : errors.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(error -> error.getValue() + " × " + error.getKey().replace("|", "/"))
            .collect(Collectors.joining("; "));
  }

  private static String millis(double value) {
    return format(value, "%.0f");
  }

  private static String format(double value, String pattern) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, pattern, value);
  }
}
