package com.boxoffice.loadtest.launch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The launch's report in one table: throughput, each latency beside its service level from
 * PRODUCT.md, and the count of every outcome. Printing is the benchmark's job: standard output.
 */
public final class LaunchSummary {
  /** A service level in milliseconds; NaN where PRODUCT.md sets none. */
  public record Target(double p50, double p95, double p99) {
    public static final Target NONE = new Target(Double.NaN, Double.NaN, Double.NaN);
  }

  private final List<String> throughput = new ArrayList<>();
  private final List<String> latencies = new ArrayList<>();
  private final List<String> outcomes = new ArrayList<>();

  public void rate(String label, double perSecond) {
    throughput.add(String.format(Locale.ROOT, "  %-58s %10.1f /s", label, perSecond));
  }

  public void latency(String label, Latencies.Percentiles measured, Target target) {
    latencies.add(
        row(label, measured.count(), measured.p50(), measured.p95(), measured.p99(), target, ""));
  }

  /** A histogram's percentiles are the bounds of the buckets holding them: "at most". */
  public void latency(String label, PrometheusHistogram histogram, Target target) {
    latencies.add(
        row(
            label,
            histogram.count(),
            histogram.upperBoundMillis(0.50),
            histogram.upperBoundMillis(0.95),
            histogram.upperBoundMillis(0.99),
            target,
            " (<=, buckets)"));
  }

  public void outcomes(String scope, Map<String, Long> counts) {
    counts.forEach((outcome, count) ->
        outcomes.add(String.format(Locale.ROOT, "  %-58s %10d", scope + outcome, count)));
  }

  public void print(PrintStream out) {
    out.println("================ launch summary ================");
    out.println("throughput (confirmed checkouts)");
    throughput.forEach(out::println);
    out.println(
        String.format(
            Locale.ROOT, "latency, ms %-38s %7s %9s %9s %9s", "", "n", "p50", "p95", "p99"));
    latencies.forEach(out::println);
    out.println("outcomes");
    outcomes.forEach(out::println);
  }

  private static String row(
      String label, long count, double p50, double p95, double p99, Target target, String note) {
    return String.format(
        Locale.ROOT,
        "  %-48s %7d %9s %9s %9s%s",
        label,
        count,
        cell(p50, target.p50()),
        cell(p95, target.p95()),
        cell(p99, target.p99()),
        note);
  }

  /** A value over its service level is starred, so a missed target stands out in the table. */
  private static String cell(double value, double target) {
    if (Double.isNaN(value)) {
      return "-";
    }
    String shown = String.format(Locale.ROOT, "%.0f", value);
    return !Double.isNaN(target) && value > target ? shown + "*" : shown;
  }
}
