package com.boxoffice.api.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import com.boxoffice.checkout.CheckoutState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class CheckoutAdmissionTest {
  private static final CheckoutState STARTED = null;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CountDownLatch finishFirst = new CountDownLatch(1);
  private final ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor();

  @AfterEach
  void letTheFirstFinish() {
    finishFirst.countDown();
    buyers.close();
  }

  private CheckoutAdmission line(int starting, int waiting, Duration maxWait) {
    var properties =
        new ApiProperties(
            null,
            new ApiProperties.Checkout(
                null, null, null, new ApiProperties.Admission(starting, waiting, maxWait)),
            null);
    return new CheckoutAdmission(properties, new CheckoutMetrics(registry), registry);
  }

  /** Starts a checkout that holds its place until the test lets it finish. */
  private CompletableFuture<CheckoutState> slowStart(CheckoutAdmission line) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    var first =
        CompletableFuture.supplyAsync(
            () ->
                line.admit(() -> {
                  started.countDown();
                  await(finishFirst);
                  return STARTED;
                }),
            buyers);
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void turnsAwayABuyerWhoFindsTheLineFullWithoutStartingAnything() throws Exception {
    CheckoutAdmission line = line(1, 0, Duration.ofSeconds(5));
    slowStart(line);
    AtomicBoolean ran = new AtomicBoolean();
    assertThatThrownBy(() ->
            line.admit(() -> {
              ran.set(true);
              return STARTED;
            }))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.code()).isEqualTo("checkout-line-full");
              assertThat(problem.status().value()).isEqualTo(503);
              assertThat(problem.retryAfter()).isEqualTo(Duration.ofSeconds(2));
            });
    assertThat(ran).isFalse();
    assertThat(
            registry.counter("boxoffice.checkout.starts", "answer", "checkout-line-full").count())
        .isEqualTo(1);
  }

  @Test
  void turnsAwayABuyerWhoseTurnDoesNotComeWithinTheWait() throws Exception {
    CheckoutAdmission line = line(1, 5, Duration.ofMillis(200));
    slowStart(line);
    long began = System.nanoTime();
    assertThatThrownBy(() -> line.admit(() -> STARTED))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> assertThat(problem.code()).isEqualTo("checkout-line-full"));
    assertThat(Duration.ofNanos(System.nanoTime() - began))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(registry.get("boxoffice.checkout.line.waiting").gauge().value()).isZero();
  }

  @Test
  void startsAWaitingBuyerOnceAStartFinishes() throws Exception {
    CheckoutAdmission line = line(1, 5, Duration.ofSeconds(5));
    var first = slowStart(line);
    AtomicBoolean ran = new AtomicBoolean();
    var second =
        CompletableFuture.runAsync(
            () ->
                line.admit(() -> {
                  ran.set(true);
                  return STARTED;
                }),
            buyers);
    while (registry.get("boxoffice.checkout.line.waiting").gauge().value() < 1) {
      Thread.sleep(5);
    }
    assertThat(ran).isFalse();
    finishFirst.countDown();
    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    assertThat(ran).isTrue();
    assertThat(registry.get("boxoffice.checkout.line.starting").gauge().value()).isZero();
  }

  @Test
  void freesItsPlaceWhenAStartFails() {
    CheckoutAdmission line = line(1, 0, Duration.ofMillis(100));
    assertThatThrownBy(() ->
            line.admit(() -> {
              throw new IllegalStateException("Temporal is down");
            }))
        .isInstanceOf(IllegalStateException.class);
    AtomicBoolean ran = new AtomicBoolean();
    line.admit(() -> {
      ran.set(true);
      return STARTED;
    });
    assertThat(ran).isTrue();
  }
}
