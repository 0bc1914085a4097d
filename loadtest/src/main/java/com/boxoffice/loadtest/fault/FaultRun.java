package com.boxoffice.loadtest.fault;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run of a plan: the faults it puts the stack through together, on a stack of its own. Written
 * {@code provider+webhooks} in {@code -Dfaults.only} and in the report.
 */
record FaultRun(List<Fault> faults) {
  FaultRun {
    if (faults.isEmpty()) {
      throw new IllegalArgumentException("A fault run needs at least one fault");
    }
    faults = List.copyOf(faults);
  }

  static FaultRun parse(String spec) {
    return new FaultRun(Arrays.stream(spec.split("\\+")).map(Fault::byId).distinct().toList());
  }

  String name() {
    return faults.stream().map(Fault::id).collect(Collectors.joining("+"));
  }

  /** The event the run sells, one per run so that a reused database would keep runs apart. */
  String eventId(String runId) {
    return "faults-" + runId + "-" + name().replace('+', '-');
  }

  /** The sandbox's faults while the buyers check out: every fault's fields, merged. */
  Map<String, Object> sandboxFaults() {
    Map<String, Object> merged = new LinkedHashMap<>();
    faults.forEach(fault -> merged.putAll(fault.sandboxFaults()));
    return merged;
  }

  Set<String> definiteFailures() {
    Set<String> codes = new HashSet<>();
    faults.forEach(fault -> codes.addAll(fault.definiteFailures()));
    return codes;
  }

  boolean accepts(Card card, Answer answer) {
    return answer.acceptableFor(card, definiteFailures());
  }

  String description() {
    return faults.stream().map(Fault::description).collect(Collectors.joining("; "));
  }
}
