package com.boxoffice.api.checkout;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import com.boxoffice.checkout.CheckoutState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The line in front of the sagas during a launch. A bounded number of checkouts start at once, so
 * that Temporal and the workers serve the ones started instead of thrashing over thousands; the
 * others wait their turn, first come first served, on a virtual thread that costs no platform
 * thread. A buyer who would wait too long, or finds the line full, is told at once to come back
 * ({@code 503 checkout-line-full} with {@code Retry-After}); nothing was reserved or claimed yet,
 * so the retry, with the same key, is decided afresh. Gauges: {@code
 * boxoffice_checkout_line_waiting} and {@code boxoffice_checkout_line_starting}.
 */
@Component
class CheckoutAdmission {
  static final String LINE_FULL = "checkout-line-full";
  private static final Duration COME_BACK_AFTER = Duration.ofSeconds(2);

  private final Semaphore starting;
  private final AtomicInteger waiting = new AtomicInteger();
  private final int maxWaiting;
  private final Duration maxWait;
  private final CheckoutMetrics metrics;

  CheckoutAdmission(ApiProperties properties, CheckoutMetrics metrics, MeterRegistry registry) {
    var admission = properties.checkout().admission();
    int maxStarting = admission.starting();
    this.starting = new Semaphore(maxStarting, true);
    this.maxWaiting = admission.waiting();
    this.maxWait = admission.maxWait();
    this.metrics = metrics;
    Gauge.builder("boxoffice.checkout.line.waiting", waiting, AtomicInteger::get)
        .description("Buyers waiting for their checkout to start")
        .register(registry);
    Gauge.builder(
            "boxoffice.checkout.line.starting", () -> maxStarting - starting.availablePermits())
        .description("Checkouts starting now, until their seats are held and intent exists")
        .register(registry);
  }

  /** Runs {@code start} once it is this buyer's turn; throws the problem when it is not coming. */
  CheckoutState admit(Supplier<CheckoutState> start) {
    long began = System.nanoTime();
    if (!awaitTurn()) {
      throw turnedAway(began);
    }
    try {
      return start.get();
    } finally {
      starting.release();
    }
  }

  private boolean awaitTurn() {
    try {
      // A timed acquire, even of zero, keeps to the order of the line; a plain tryAcquire would
      // not.
      if (starting.tryAcquire(0, TimeUnit.NANOSECONDS)) {
        return true;
      }
      if (waiting.incrementAndGet() > maxWaiting) {
        waiting.decrementAndGet();
        return false;
      }
      try {
        return starting.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
      } finally {
        waiting.decrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private ApiProblem turnedAway(long began) {
    ApiProblem problem =
        ApiProblem.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                LINE_FULL,
                "Too many buyers are checking out at once; nothing was reserved. Retry with the"
                    + " same Idempotency-Key after Retry-After seconds.")
            .retryAfter(COME_BACK_AFTER);
    return metrics.turnedAway(problem, Duration.ofNanos(System.nanoTime() - began));
  }
}
