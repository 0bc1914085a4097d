package com.boxoffice.loadtest.fault;

import com.boxoffice.loadtest.check.InvariantChecker;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The figures of the fault runs as text: one block per run, and the summary table in markdown. */
final class FaultReport {
  private FaultReport() {}

  static String run(int index, int of, RunResult result) {
    Tally tally = result.tally();
    StringBuilder text = new StringBuilder();
    text.append(
        "================ fault run %d/%d: %s ================%n"
            .formatted(index, of, result.run().name()));
    line(text, "fault", result.run().description());
    line(
        text,
        "disruptions",
        result.disruptions().isEmpty() ? "none" : String.join("; ", result.disruptions()));
    line(
        text,
        "checkouts",
        "%d for %d seats; the last buyer answered %s after the first arrived"
            .formatted(result.checkouts(), result.seats(), seconds(result.sending())));
    line(text, "final answers", counts(tally.finalAnswers()));
    List<Duration> times = tally.answerTimes();
    if (!times.isEmpty()) {
      line(
          text,
          "  waited",
          "p50 %s, p95 %s, max %s"
              .formatted(seconds(times.get(0)), seconds(times.get(1)), seconds(times.get(2))));
    }
    line(text, "  by card", counts(tally.finalAnswersByCard()));
    line(text, "every answer", counts(tally.answers()) + " (retries included)");
    line(text, "challenges", tally.challenges().isEmpty() ? "none" : counts(tally.challenges()));
    tally.unacceptableExamples().forEach(example -> line(text, "UNACCEPTABLE", example));
    Settling.Settled settled = result.settled();
    if (settled != null) {
      line(text, "orders", counts(settled.orders()));
      line(
          text,
          "drain",
          "%s; %d orders not terminal, %d workflows running"
              .formatted(
                  seconds(settled.took()), settled.unsettledOrders(), settled.runningWorkflows()));
    }
    line(text, "checker", checker(result.verdict()));
    line(
        text,
        "verdict",
        result.passed() ? "PASS" : "FAIL: " + String.join("; ", result.problems()));
    return text.toString();
  }

  static String markdown(FaultOptions options, List<RunResult> results) {
    StringBuilder md = new StringBuilder();
    md.append("# Fault runs (%s)%n%n".formatted(options.size()));
    md.append(
        String.format(
            Locale.ROOT,
            "%d checkouts in %d runs, each on a fresh stack; up to %d buyers at once, seats held"
                + " %s, drain at most %s.%n%n",
            results.stream().mapToInt(RunResult::checkouts).sum(),
            results.size(),
            options.concurrency(),
            seconds(options.holdTtl()),
            seconds(options.drain())));
    md.append("| run | checkouts | final answers | orders | drain | checker | verdict |\n");
    md.append("|---|---:|---|---|---:|---|---|\n");
    for (RunResult result : results) {
      Settling.Settled settled = result.settled();
      md.append(
          "| %s | %d | %s | %s | %s | %s | %s |%n"
              .formatted(
                  result.run().name(),
                  result.checkouts(),
                  counts(result.tally().finalAnswers()),
                  settled == null ? "—" : counts(settled.orders()),
                  settled == null ? "—" : seconds(settled.took()),
                  checker(result.verdict()),
                  result.passed() ? "PASS" : "**FAIL**"));
    }
    long failed = results.stream().filter(result -> !result.passed()).count();
    md.append(
        "%n%s%n"
            .formatted(
                failed == 0 ? "Every run passed." : failed + " of " + results.size() + " failed."));
    md.append("\n## Each run\n");
    for (int i = 0; i < results.size(); i++) {
      md.append("\n```\n").append(run(i + 1, results.size(), results.get(i))).append("```\n");
    }
    return md.toString();
  }

  static String checker(InvariantChecker.Verdict verdict) {
    if (verdict == null) {
      return "did not run";
    }
    return "%s; %d captured, %d confirmation mails, %d authorizations hanging"
        .formatted(
            verdict.held() ? "all held" : verdict.violations().size() + " violations",
            verdict.count("payments", "captured intents"),
            verdict.count("emails", "confirmation mails"),
            verdict.count("payments", "authorizations left hanging"));
  }

  /** {@code 201: 150 · 409: 50}, sorted by label whatever map they come in. */
  static String counts(Map<String, ? extends Number> counts) {
    return counts.isEmpty()
        ? "none"
        : new TreeMap<>(counts)
            .entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(" · "));
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format(Locale.ROOT, "%-14s %s%n", label, value));
  }
}
