package com.boxoffice.api.line;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The line in front of the sagas during a launch. A bounded number of checkouts start at once, so
 * that Temporal and the workers serve the ones started instead of thrashing over thousands; the
 * others wait their turn, first come first served. Each waiting buyer holds a request thread, so
 * the line is short: as long as it moves within the longest wait, and never longer than its
 * configured bound, which leaves most threads to the quick answers. A buyer who would wait longer,
 * by the pace of the starts just finished, is told at once when to come back ({@code 503
 * checkout-line-full} with {@code Retry-After}: once the whole line has moved on, by that pace,
 * spread at random over as long again), without a database read. Nothing was reserved or claimed
 * yet, so the retry, with the same key, is decided afresh. Gauges: {@code
 * boxoffice_checkout_line_waiting} and {@code boxoffice_checkout_line_starting}; each buyer's time
 * in line: {@code boxoffice_checkout_line_wait_seconds{result}}.
 */
@Component
public class CheckoutLine {
  private static final String LINE_FULL = "checkout-line-full";
  private static final Duration SOONEST_RETRY = Duration.ofSeconds(1);
  private static final Duration LATEST_RETRY = Duration.ofSeconds(30);

  private final Semaphore starting;
  private final AtomicInteger waiting = new AtomicInteger();
  private final LinePace pace;
  private final int maxWaiting;
  private final Duration maxWait;
  private final Observer observer;
  private final MeterRegistry registry;

  /**
   * Told of every buyer the line turns away, with the problem they are answered and how long they
   * waited: the checkout's own metrics count them among the answers {@code POST /v1/checkouts}
   * gave.
   */
  @FunctionalInterface
  public interface Observer {
    void turnedAway(ApiProblem problem, Duration waited);
  }

  public CheckoutLine(ApiProperties properties, Observer observer, MeterRegistry registry) {
    var admission = properties.checkout().admission();
    int maxStarting = admission.starting();
    this.starting = new Semaphore(maxStarting, true);
    this.pace = new LinePace(maxStarting);
    this.maxWaiting = admission.waiting();
    this.maxWait = admission.maxWait();
    this.observer = observer;
    this.registry = registry;
    Gauge.builder("boxoffice.checkout.line.waiting", waiting, AtomicInteger::get)
        .description("Buyers waiting for their checkout to start")
        .register(registry);
    Gauge.builder(
            "boxoffice.checkout.line.starting", () -> maxStarting - starting.availablePermits())
        .description("Checkouts starting now, until their seats are held and intent exists")
        .register(registry);
  }

  /**
   * Runs {@code start} at this buyer's turn, at once when a place is free. A buyer who has to wait
   * is first put through {@code beforeWaiting} (a check that may answer without a saga); one whose
   * turn is not coming soon enough gets the problem.
   */
  public <T> T admit(Runnable beforeWaiting, Supplier<T> start) {
    long began = System.nanoTime();
    if (!awaitTurn(beforeWaiting)) {
      throw turnedAway(began);
    }
    long startedAt = System.nanoTime();
    waited("started", Duration.ofNanos(startedAt - began));
    try {
      return start.get();
    } finally {
      starting.release();
      pace.started(System.nanoTime() - startedAt);
    }
  }

  private boolean awaitTurn(Runnable beforeWaiting) {
    try {
      // A timed acquire, even of zero, keeps to the line's order; a plain tryAcquire would not.
      if (starting.tryAcquire(0, TimeUnit.NANOSECONDS)) {
        return true;
      }
      int ahead = waiting.getAndIncrement();
      try {
        if (isFullFor(ahead)) {
          return false;
        }
        beforeWaiting.run();
        return starting.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
      } finally {
        waiting.decrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A look at the line before the request is even read: the problem a buyer arriving now would be
   * answered, if the line is full. It takes no place, and the look races with the line: {@link
   * #admit} decides for every buyer let through.
   */
  public Optional<ApiProblem> fullAtTheDoor() {
    if (starting.availablePermits() > 0 || !isFullFor(waiting.get())) {
      return Optional.empty();
    }
    return Optional.of(turnedAway(System.nanoTime()));
  }

  private boolean isFullFor(int ahead) {
    return ahead >= maxWaiting || pace.waitBehind(ahead).compareTo(maxWait) > 0;
  }

  private ApiProblem turnedAway(long began) {
    // Come back when the line that was full has moved on, and spread the comebacks over as long
    // again, so that a launch's crowd does not return at one instant, nor every second.
    Duration lineMoves = pace.waitBehind(maxWaiting);
    Duration comeBack =
        lineMoves.plus(
            lineMoves.multipliedBy(ThreadLocalRandom.current().nextInt(1000)).dividedBy(1000));
    comeBack = comeBack.compareTo(SOONEST_RETRY) < 0 ? SOONEST_RETRY : comeBack;
    comeBack = comeBack.compareTo(LATEST_RETRY) > 0 ? LATEST_RETRY : comeBack;
    ApiProblem problem =
        ApiProblem.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                LINE_FULL,
                "Too many buyers are checking out at once; nothing was reserved. Retry with the"
                    + " same Idempotency-Key after Retry-After seconds.")
            .retryAfter(comeBack);
    Duration waited = Duration.ofNanos(System.nanoTime() - began);
    waited("turned-away", waited);
    observer.turnedAway(problem, waited);
    return problem;
  }

  /**
   * How long a buyer waited in the line: until their turn ({@code started}), or until they were
   * told to come back ({@code turned-away}).
   */
  private void waited(String result, Duration waited) {
    Timer.builder("boxoffice.checkout.line.wait")
        .description("How long buyers waited in the checkout line")
        .tag("result", result)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(waited);
  }
}
