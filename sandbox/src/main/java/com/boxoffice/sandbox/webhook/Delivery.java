package com.boxoffice.sandbox.webhook;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One copy of one event on its way to the webhook URL (a duplicated event has two), or an event
 * that never set out: no URL, a type the endpoint does not enable, or a drop fault.
 */
final class Delivery {
  enum State {
    PENDING,
    DELIVERED,
    GAVE_UP,
    DROPPED,
    DISABLED,
    NOT_ENABLED
  }

  /** What {@code GET /sandbox/webhooks} shows of a delivery. */
  record View(
      String eventId,
      String type,
      boolean duplicate,
      State state,
      int attempts,
      Integer lastStatus,
      String lastError,
      Instant createdAt) {}

  final String eventId;
  final String type;
  final String orderingKey;
  final String payload;
  final boolean duplicate;
  final long generation;
  private final Instant createdAt = Instant.now();
  private final AtomicInteger attempts = new AtomicInteger();
  private volatile State state = State.PENDING;
  private volatile Integer lastStatus;
  private volatile String lastError;

  Delivery(
      String eventId,
      String type,
      String orderingKey,
      String payload,
      boolean duplicate,
      long generation) {
    this.eventId = eventId;
    this.type = type;
    this.orderingKey = orderingKey;
    this.payload = payload;
    this.duplicate = duplicate;
    this.generation = generation;
  }

  int startAttempt() {
    return attempts.incrementAndGet();
  }

  void answered(int status) {
    lastStatus = status;
    lastError = null;
    if (status >= 200 && status < 300) {
      state = State.DELIVERED;
    }
  }

  void unreachable(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof UncheckedIOException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    lastStatus = null;
    lastError = cause.toString();
  }

  void end(State end) {
    state = end;
  }

  View view() {
    return new View(
        eventId, type, duplicate, state, attempts.get(), lastStatus, lastError, createdAt);
  }
}
