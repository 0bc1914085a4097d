package com.boxoffice.api.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many requests each endpoint group sent, and the statuses they got. */
final class Tally {
  private final Map<String, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();

  void count(String group, int status) {
    statuses
        .computeIfAbsent(group, g -> new ConcurrentHashMap<>())
        .computeIfAbsent(status, s -> new LongAdder())
        .increment();
  }

  long sent(String group) {
    return statuses.getOrDefault(group, Map.of()).values().stream().mapToLong(LongAdder::sum).sum();
  }

  long total() {
    return statuses.keySet().stream().mapToLong(this::sent).sum();
  }

  /** {@code group: N requests {400=…, 404=…}}, one line a group, and the total. */
  String report() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(statuses)
        .forEach((group, counts) -> {
          Map<Integer, Long> sorted = new TreeMap<>();
          counts.forEach((status, count) -> sorted.put(status, count.sum()));
          text.append("%n  %s: %d requests %s".formatted(group, sent(group), sorted));
        });
    return text.append("%n  total: %d requests".formatted(total())).toString();
  }
}
