package com.boxoffice.local;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded stream of buyers at a steady pace, each on a virtual thread of its own so that one slow
 * answer (a component is down) does not hold up the buyers after it. Two in three pay with {@code
 * pm_card_visa}; the others pass a 3-D Secure challenge, or fail it, as soon as their checkout is
 * accepted. A third of the way in, the disruption (a kill, a restart) runs alongside.
 *
 * <p>A buyer answered 5xx retries a few times with the same idempotency key, as the API asks a
 * frontend to: the retry attaches to the checkout the first request started.
 */
final class CheckoutStream {
  /** A checkout the API accepted (201), and whether it was asked for after the disruption. */
  record Placed(String checkoutId, String email, String card, boolean afterDisruption) {}

  /**
   * What the stream did: the accepted checkouts, every answer it got by kind, each buyer's final
   * answer by kind, and how long the disruption took.
   */
  record Result(
      List<Placed> placed,
      Map<String, Integer> answers,
      Map<String, Integer> finalAnswers,
      int checkouts,
      Duration disruption) {}

  interface Disruption {
    void run() throws Exception;
  }

  private static final String VISA = "pm_card_visa";
  private static final String THREE_D_SECURE = "pm_card_threeDSecure2Required";
  private static final int ATTEMPTS = 4;
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

  private final LocalStackOptions stack;
  private final Queue<Placed> placed = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> finalAnswers = new ConcurrentHashMap<>();
  private final AtomicLong disruptionStartedAt = new AtomicLong();
  private final AtomicLong disruptionEndedAt = new AtomicLong(Long.MAX_VALUE);

  CheckoutStream(LocalStackOptions stack) {
    this.stack = stack;
  }

  Result run(String eventId, int checkouts, Duration over, Disruption disruption) throws Exception {
    long pace = over.toMillis() / checkouts;
    Future<?> disrupted = null;
    try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < checkouts; i++) {
        if (i == checkouts / 3) {
          disrupted =
              buyers.submit(() -> {
                disruptionStartedAt.set(System.nanoTime());
                disruption.run();
                disruptionEndedAt.set(System.nanoTime());
                return null;
              });
        }
        int buyer = i;
        buyers.submit(() -> {
          buy(eventId, buyer);
          return null;
        });
        Thread.sleep(pace);
      }
    }
    disrupted.get();
    return new Result(
        List.copyOf(placed),
        counts(answers),
        counts(finalAnswers),
        checkouts,
        Duration.ofNanos(disruptionEndedAt.get() - disruptionStartedAt.get()));
  }

  private void buy(String eventId, int buyer) throws InterruptedException {
    boolean threeDSecure = buyer % 3 == 2;
    String card = threeDSecure ? THREE_D_SECURE : VISA;
    String email = BoxOffice.email();
    String body = BoxOffice.checkoutBody(eventId, 1, email, card);
    String key = UUID.randomUUID().toString();
    long askedAt = System.nanoTime();
    String answer = "unanswered";
    Http.Response response = null;
    for (int attempt = 1; attempt <= ATTEMPTS && !isFinal(answer); attempt++) {
      if (attempt > 1) {
        Thread.sleep(RETRY_PAUSE);
      }
      try {
        response = Http.post(stack.apiUrl() + "/v1/checkouts", body, "Idempotency-Key", key);
        answer = String.valueOf(response.status());
      } catch (UncheckedIOException unreachable) {
        answer = "unreachable";
      }
      count(answers, answer);
    }
    count(finalAnswers, answer);
    if (!answer.equals("201")) {
      return;
    }
    String checkoutId = response.json().get("checkoutId").asText();
    placed.add(new Placed(checkoutId, email, card, askedAt > disruptionEndedAt.get()));
    if (threeDSecure) {
      String outcome = buyer % 6 == 5 ? "fail" : "pass";
      String intentId = response.json().at("/payment/paymentIntentId").asText();
      Http.Response challenged =
          Http.post(
              stack.sandboxUrl() + "/sandbox/payment_intents/" + intentId + "/challenge",
              Http.json(Map.of("outcome", outcome)));
      count(answers, "challenge " + outcome + " " + challenged.status());
    }
  }

  /** 502 is the API's word that the payment failed for good: the same key replays it. */
  private static boolean isFinal(String answer) {
    return !answer.equals("unanswered")
        && !answer.equals("unreachable")
        && (!answer.startsWith("5") || answer.equals("502"));
  }

  private static void count(Map<String, AtomicInteger> counts, String kind) {
    counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
  }

  private static Map<String, Integer> counts(Map<String, AtomicInteger> counts) {
    Map<String, Integer> counted = new TreeMap<>();
    counts.forEach((kind, count) -> counted.put(kind, count.get()));
    return counted;
  }
}
