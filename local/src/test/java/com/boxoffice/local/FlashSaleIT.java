package com.boxoffice.local;

import static com.boxoffice.local.BoxOffice.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many buyers at once for few seats: exactly the seats are sold, nothing is charged for the rest.
 */
@ExtendWith(RunningStack.class)
class FlashSaleIT {
  private static final int BUYERS = 120;
  private static final int SEATS = 40;
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @Test
  void sellsExactlyTheSeatsAndChargesOnlyTheirBuyers() throws Exception {
    String eventId = newEvent(SEATS);
    int intentsBefore = intents().size();
    Map<String, String> emailByCheckout = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();

    try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < BUYERS; i++) {
        answers.add(
            buyers.submit(() -> {
              String email = email();
              start.await();
              Http.Response response = buy(eventId, email);
              if (response.status() == 201) {
                emailByCheckout.put(response.json().get("checkoutId").asText(), email);
              }
              return response.status();
            }));
      }
      start.countDown();
    }

    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(SEATS);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(BUYERS - SEATS);

    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() ->
            emailByCheckout.keySet().stream()
                .allMatch(id -> "CONFIRMED".equals(getCheckout(id).path("status").asText())));
    assertThat(available(eventId)).isZero();
    assertThat(intents().size() - intentsBefore).isEqualTo(SEATS);
    long captured =
        emailByCheckout.keySet().stream()
            .map(id -> getCheckout(id).at("/payment/paymentIntentId").asText())
            .filter(pi -> "succeeded".equals(intent(pi).get("status").asText()))
            .count();
    assertThat(captured).isEqualTo(SEATS);
    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () -> assertThat(emailByCheckout.values()).allMatch(e -> emails(e).size() == 1));
  }

  /**
   * One buyer as the frontend the contract describes: a 503 (checkout-pending, the saga slower than
   * the API's wait, as on a cold stack; or checkout-line-full, more buyers at once than the API
   * starts) is retried with the same key and body after its Retry-After, and only the final answer
   * counts.
   */
  private static Http.Response buy(String eventId, String email) throws InterruptedException {
    String key = UUID.randomUUID().toString();
    String body = checkoutBody(eventId, 1, email, "pm_card_visa");
    long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
    Http.Response response = postCheckout(key, body);
    while (response.status() == 503 && System.nanoTime() < giveUpAt) {
      String retryAfter = response.header("Retry-After");
      Thread.sleep(Duration.ofSeconds(retryAfter == null ? 1 : Long.parseLong(retryAfter)));
      response = postCheckout(key, body);
    }
    return response;
  }
}
