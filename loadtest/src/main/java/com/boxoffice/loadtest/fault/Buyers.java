package com.boxoffice.loadtest.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * A run's buyers, arriving at a steady pace, at most {@code concurrency} of them in flight. Each
 * buyer checks out once, as the frontend the contract describes: a 503 (checkout pending, the
 * checkout line full, or a backend briefly down) is retried with the same key and body after its
 * {@code Retry-After}, and no answer after a second, until a final answer or the buyer's patience
 * runs out; a 3-D Secure buyer then plays the challenge at the sandbox.
 */
final class Buyers {
  /** Beyond a Temporal restart; a buyer still without a final answer counts it as failed. */
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final StackHttp http;
  private final Tally tally;
  private final Progress progress;

  Buyers(StackHttp http, Tally tally, Progress progress) {
    this.http = http;
    this.tally = tally;
    this.progress = progress;
  }

  /** Returns once every buyer has a final answer and every challenge is played. */
  void run(String eventId, int buyers, Duration over, int concurrency) throws InterruptedException {
    long paceNanos = over.toNanos() / buyers;
    long start = System.nanoTime();
    Semaphore inFlight = new Semaphore(concurrency);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int n = 0; n < buyers; n++) {
        long due = start + n * paceNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(Duration.ofNanos(wait));
        }
        inFlight.acquire();
        progress.arrived();
        int buyer = n;
        pool.submit(() -> {
          try {
            buy(eventId, buyer);
          } finally {
            inFlight.release();
          }
          return null;
        });
      }
    }
  }

  private void buy(String eventId, int buyer) throws InterruptedException {
    Card card = Card.forBuyer(buyer);
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = body(eventId, card);
    long asked = System.nanoTime();
    Instant givesUpAt = Instant.now().plus(PATIENCE);
    StackHttp.Placed placed = http.checkout(key, body);
    tally.answered(placed.answer());
    while (placed.answer().worthRetrying() && Instant.now().isBefore(givesUpAt)) {
      Thread.sleep(placed.comeBackAfter());
      placed = http.checkout(key, body);
      tally.answered(placed.answer());
    }
    tally.finallyAnswered(
        buyer, card, placed.answer(), Duration.ofNanos(System.nanoTime() - asked));
    if (placed.answer().created() && card.challengeOutcome() != null) {
      int status = http.challenge(placed.paymentIntentId(), card.challengeOutcome());
      tally.challenged(card.challengeOutcome(), status);
    }
  }

  private static Map<String, Object> body(String eventId, Card card) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eventId", eventId);
    body.put("items", List.of(Map.of("ticketTypeId", "general", "quantity", 1)));
    body.put(
        "customer",
        Map.of("email", "buyer-" + UUID.randomUUID() + "@faults.test", "name", "Fault Buyer"));
    body.put("paymentMethodId", card.paymentMethod());
    return body;
  }
}
