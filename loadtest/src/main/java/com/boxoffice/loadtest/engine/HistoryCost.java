package com.boxoffice.loadtest.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What the server recorded for a sample of one phase's completed sagas, one value per saga: its
 * state transitions (each a write of the workflow's mutable state) and its history events.
 */
record HistoryCost(List<Long> transitions, List<Long> events) {
  HistoryCost {
    transitions = List.copyOf(transitions);
    events = List.copyOf(events);
  }

  int sampled() {
    return transitions.size();
  }

  /** The report's row: {@code | boxoffice | 20 | 16 (15–18) | 35 (34–38) |}. */
  String row(String phase) {
    return "| %s | %d | %s | %s |\n"
        .formatted(phase, sampled(), spread(transitions), spread(events));
  }

  /**
   * Up to {@code size} of {@code workflowIds}, spread evenly over them so that a sample spans the
   * whole window (and every round) rather than its start.
   */
  static List<String> sample(List<String> workflowIds, int size) {
    if (workflowIds.size() <= size) {
      return List.copyOf(workflowIds);
    }
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      sample.add(workflowIds.get((int) ((long) i * workflowIds.size() / size)));
    }
    return sample;
  }

  /** {@code median (min–max)}, or a dash for no sample. */
  private static String spread(List<Long> values) {
    if (values.isEmpty()) {
      return "–";
    }
    long min = values.stream().mapToLong(Long::longValue).min().orElseThrow();
    long max = values.stream().mapToLong(Long::longValue).max().orElseThrow();
    return median(values) + " (" + min + "–" + max + ")";
  }

  /** The median, the lower of the middle two for an even count; -1 for none. */
  static long median(List<Long> values) {
    if (values.isEmpty()) {
      return -1;
    }
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
