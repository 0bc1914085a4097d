package com.boxoffice.loadtest.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the buyers of one run were answered, counted as they go (they run side by side): every
 * answer, each buyer's final one, the challenges, and the final answers the run does not accept.
 */
final class Tally {
  private static final int KEPT_EXAMPLES = 20;

  private final FaultRun run;
  private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> finalAnswers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> finalAnswersByCard = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> challenges = new ConcurrentHashMap<>();
  private final AtomicInteger unacceptable = new AtomicInteger();
  private final List<String> unacceptableExamples = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> answerMillis = Collections.synchronizedList(new ArrayList<>());

  Tally(FaultRun run) {
    this.run = run;
  }

  void answered(Answer answer) {
    count(answers, answer.label());
  }

  /**
   * @param took from the buyer's first request to the final answer, retries included
   */
  void finallyAnswered(int buyer, Card card, Answer answer, Duration took) {
    answerMillis.add(took.toMillis());
    count(finalAnswers, answer.label());
    count(finalAnswersByCard, card.name() + " " + answer.label());
    if (!run.accepts(card, answer)) {
      unacceptable.incrementAndGet();
      if (unacceptableExamples.size() < KEPT_EXAMPLES) {
        unacceptableExamples.add("buyer " + buyer + " (" + card.name() + ") ended with " + answer);
      }
    }
  }

  void challenged(String outcome, int status) {
    count(challenges, outcome + " " + (status == 0 ? "unanswered" : status));
  }

  /** Every answer, retries included. */
  Map<String, Integer> answers() {
    return snapshot(answers);
  }

  Map<String, Integer> finalAnswers() {
    return snapshot(finalAnswers);
  }

  Map<String, Integer> finalAnswersByCard() {
    return snapshot(finalAnswersByCard);
  }

  Map<String, Integer> challenges() {
    return snapshot(challenges);
  }

  /** How long buyers waited for their final answer, nearest rank: p50, p95, max; or empty. */
  List<Duration> answerTimes() {
    List<Long> sorted;
    synchronized (answerMillis) {
      sorted = answerMillis.stream().sorted().toList();
    }
    if (sorted.isEmpty()) {
      return List.of();
    }
    return List.of(
        Duration.ofMillis(rank(sorted, 0.50)),
        Duration.ofMillis(rank(sorted, 0.95)),
        Duration.ofMillis(sorted.getLast()));
  }

  private static long rank(List<Long> sorted, double share) {
    return sorted.get(Math.max(0, (int) Math.ceil(share * sorted.size()) - 1));
  }

  int buyers() {
    return finalAnswers.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  int unacceptable() {
    return unacceptable.get();
  }

  /** The first few unacceptable final answers, as examples to start looking from. */
  List<String> unacceptableExamples() {
    return List.copyOf(unacceptableExamples);
  }

  private static void count(Map<String, AtomicInteger> counts, String kind) {
    counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
  }

  private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counts) {
    Map<String, Integer> copy = new TreeMap<>();
    counts.forEach((kind, count) -> copy.put(kind, count.get()));
    return copy;
  }
}
