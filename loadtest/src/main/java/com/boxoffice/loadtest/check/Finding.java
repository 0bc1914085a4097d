package com.boxoffice.loadtest.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one check counted and which promises it found broken, in the order it found them. */
final class Finding {
  private final String title;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final List<String> violations = new ArrayList<>();

  Finding(String title) {
    this.title = title;
  }

  Finding count(String label, long value) {
    counts.merge(label, value, Long::sum);
    return this;
  }

  Finding violation(String message) {
    violations.add(message);
    return this;
  }

  String title() {
    return title;
  }

  Map<String, Long> counts() {
    return counts;
  }

  List<String> violations() {
    return violations;
  }
}
