package com.boxoffice.loadtest.engine;

import java.time.Duration;

/** Bounds on one saga, so that a stuck one ends the journey instead of the benchmark. */
final class Timeouts {
  /** Opening an HTTP connection on the loopback. */
  static final Duration CONNECT = Duration.ofSeconds(5);

  /** One HTTP call: above the API's own 30 s wait for seats and payment, then it answers 503. */
  static final Duration ANSWER = Duration.ofSeconds(60);

  /** How long a buyer repeats a POST answered 503 (pending, line full) before it is an error. */
  static final Duration PENDING = Duration.ofMinutes(3);

  /** From the answer to the saga's end: capture, confirm and email, on a stack under load. */
  static final Duration DONE = Duration.ofMinutes(5);

  private Timeouts() {}
}
