package com.boxoffice.loadtest.launch;

import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every latency and outcome the load generator saw, kept whole: a launch has tens of thousands of
 * samples, few enough to sort, so percentiles are exact rather than a sketch's estimate.
 */
public final class Latencies {
  /** p50, p95 and p99 of one measure, in milliseconds, with how many samples they rest on. */
  public record Percentiles(long count, double p50, double p95, double p99) {}

  private final Map<String, Queue<Double>> samples = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

  public void record(String measure, double millis) {
    samples.computeIfAbsent(measure, m -> new ConcurrentLinkedQueue<>()).add(millis);
  }

  public void outcome(String outcome) {
    outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
  }

  public Map<String, Percentiles> percentiles() {
    Map<String, Percentiles> all = new TreeMap<>();
    samples.forEach((measure, values) -> all.put(measure, of(values)));
    return all;
  }

  public Map<String, Long> outcomes() {
    Map<String, Long> all = new TreeMap<>();
    outcomes.forEach((outcome, count) -> all.put(outcome, count.get()));
    return all;
  }

  public static Percentiles of(Iterable<Double> values) {
    double[] sorted =
        java.util.stream.StreamSupport.stream(values.spliterator(), false)
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
    return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
  }

  /** The nearest-rank percentile: a value some sample really had. */
  private static double at(double[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(quantile * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
