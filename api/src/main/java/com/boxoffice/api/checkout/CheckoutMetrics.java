package com.boxoffice.api.checkout;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.checkout.CheckoutState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How checkout starts are answered, and how long {@code POST /v1/checkouts} waits for the saga:
 * {@code boxoffice_checkout_starts_total{answer}} and {@code
 * boxoffice_checkout_ready_wait_seconds{answer}}. The answer is {@code created} or the problem's
 * code ({@code sold-out}, {@code payment-declined}, {@code checkout-pending}, {@code
 * checkout-line-full}, ...).
 */
@Component
class CheckoutMetrics {
  static final String CREATED = "created";
  // Neither a created checkout nor a problem the API chose: Temporal unreachable, a bug.
  static final String ERROR = "error";

  private final MeterRegistry registry;

  CheckoutMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  CheckoutState observe(Supplier<CheckoutState> start) {
    long began = System.nanoTime();
    String answer = ERROR;
    try {
      CheckoutState state = start.get();
      answer = CREATED;
      return state;
    } catch (ApiProblem problem) {
      answer = problem.code();
      throw problem;
    } finally {
      answered(answer, Duration.ofNanos(System.nanoTime() - began));
    }
  }

  /**
   * Counts a buyer turned away before any saga started (sold out at once, or the checkout line
   * full), and returns the problem to answer.
   */
  ApiProblem turnedAway(ApiProblem problem, Duration waited) {
    answered(problem.code(), waited);
    return problem;
  }

  private void answered(String answer, Duration waited) {
    Counter.builder("boxoffice.checkout.starts")
        .description("Checkout starts by the answer POST /v1/checkouts gave")
        .tag("answer", answer)
        .register(registry)
        .increment();
    Timer.builder("boxoffice.checkout.ready.wait")
        .description("How long POST /v1/checkouts waited for seats and payment intent")
        .tag("answer", answer)
        // Buckets, so that p95 and p99 can be compared with the service levels.
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(5))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(waited);
  }
}
