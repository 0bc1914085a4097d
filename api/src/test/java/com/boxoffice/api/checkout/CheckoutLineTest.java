package com.boxoffice.api.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import com.boxoffice.api.line.CheckoutLine;
import com.boxoffice.api.line.CheckoutLineDoor;
import com.boxoffice.checkout.CheckoutState;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@Timeout(10)
class CheckoutLineTest {
  private static final CheckoutState STARTED = null;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CountDownLatch finishFirst = new CountDownLatch(1);
  private final ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicInteger checked = new AtomicInteger();
  private final AtomicInteger started = new AtomicInteger();

  @AfterEach
  void letTheFirstFinish() {
    finishFirst.countDown();
    buyers.close();
  }

  private CheckoutLine line(int starting, int waiting, Duration maxWait) {
    var properties =
        new ApiProperties(
            null,
            new ApiProperties.Checkout(
                null, null, null, new ApiProperties.Admission(starting, waiting, maxWait)),
            null);
    return new CheckoutLine(properties, new CheckoutMetrics(registry)::turnedAway, registry);
  }

  private CheckoutState admit(CheckoutLine line) {
    return line.admit(
        checked::incrementAndGet,
        () -> {
          started.incrementAndGet();
          return STARTED;
        });
  }

  /** Starts a checkout that holds its place until the test lets it finish. */
  private CompletableFuture<CheckoutState> slowStart(CheckoutLine line) throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    var first =
        CompletableFuture.supplyAsync(
            () ->
                line.admit(
                    () -> {},
                    () -> {
                      holding.countDown();
                      await(finishFirst);
                      return STARTED;
                    }),
            buyers);
    assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private double gauge(String name) {
    return registry.get(name).gauge().value();
  }

  @Test
  void startsAtOnceWithoutTheWaitingCheckWhenAPlaceIsFree() {
    admit(line(1, 5, Duration.ofSeconds(5)));
    assertThat(started).hasValue(1);
    assertThat(checked).hasValue(0);
  }

  @Test
  void turnsAwayABuyerWhoFindsTheLineFullWithoutCheckingOrStarting() throws Exception {
    CheckoutLine line = line(1, 0, Duration.ofSeconds(5));
    slowStart(line);
    assertThatThrownBy(() -> admit(line))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.code()).isEqualTo("checkout-line-full");
              assertThat(problem.status().value()).isEqualTo(503);
              assertThat(problem.retryAfter())
                  .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
            });
    assertThat(checked).hasValue(0);
    assertThat(started).hasValue(0);
    assertThat(
            registry.counter("boxoffice.checkout.starts", "answer", "checkout-line-full").count())
        .isEqualTo(1);
  }

  @Test
  void turnsAwayABuyerWhoseTurnDoesNotComeWithinTheWait() throws Exception {
    CheckoutLine line = line(1, 5, Duration.ofMillis(200));
    slowStart(line);
    long began = System.nanoTime();
    assertThatThrownBy(() -> admit(line))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> assertThat(problem.code()).isEqualTo("checkout-line-full"));
    assertThat(Duration.ofNanos(System.nanoTime() - began))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(checked).hasValue(1);
    assertThat(started).hasValue(0);
    assertThat(gauge("boxoffice.checkout.line.waiting")).isZero();
  }

  @Test
  void checksAWaitingBuyerAndStartsThemOnceAStartFinishes() throws Exception {
    CheckoutLine line = line(1, 5, Duration.ofSeconds(5));
    var first = slowStart(line);
    var second = CompletableFuture.supplyAsync(() -> admit(line), buyers);
    while (gauge("boxoffice.checkout.line.waiting") < 1) {
      Thread.sleep(5);
    }
    assertThat(checked).hasValue(1);
    assertThat(started).hasValue(0);
    finishFirst.countDown();
    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    assertThat(started).hasValue(1);
    assertThat(gauge("boxoffice.checkout.line.starting")).isZero();
  }

  @Test
  void timesHowLongEachBuyerWaitedInLineForTheirTurn() throws Exception {
    CheckoutLine line = line(1, 5, Duration.ofSeconds(5));
    var first = slowStart(line);
    var second = CompletableFuture.supplyAsync(() -> admit(line), buyers);
    while (gauge("boxoffice.checkout.line.waiting") < 1) {
      Thread.sleep(5);
    }
    Thread.sleep(200);
    finishFirst.countDown();
    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    Timer waited = registry.get("boxoffice.checkout.line.wait").tag("result", "started").timer();
    assertThat(waited.count()).isEqualTo(2);
    assertThat(waited.max(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(200);
  }

  @Test
  void turnsAwayAtOnceWhenTheLineMovesTooSlowlyToServeTheBuyerInTime() throws Exception {
    CheckoutLine line = line(1, 100, Duration.ofMillis(500));
    // One start that held its place for 1.5 s: the next buyer would wait about that long.
    line.admit(
        () -> {},
        () -> {
          sleep(Duration.ofMillis(1_500));
          return STARTED;
        });
    slowStart(line);
    long began = System.nanoTime();
    assertThatThrownBy(() -> admit(line))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            // One start took 1.5 s, so a hundred places move on in minutes: the latest retry.
            problem -> assertThat(problem.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(500));
    assertThat(checked).hasValue(0);
  }

  @Test
  void freesItsPlaceWhenAStartFails() {
    CheckoutLine line = line(1, 0, Duration.ofMillis(100));
    assertThatThrownBy(() ->
            line.admit(
                () -> {},
                () -> {
                  throw new IllegalStateException("Temporal is down");
                }))
        .isInstanceOf(IllegalStateException.class);
    admit(line);
    assertThat(started).hasValue(1);
  }

  @Test
  void answersAtTheDoorWhileTheLineIsFullWithoutReadingTheRequest() throws Exception {
    CheckoutLine line = line(1, 0, Duration.ofSeconds(5));
    slowStart(line);
    var request = new MockHttpServletRequest("POST", "/v1/checkouts");
    request.setContent("{not json".getBytes(StandardCharsets.UTF_8));
    var response = new MockHttpServletResponse();
    var rest = new MockFilterChain();

    door(line).doFilter(request, response, rest);

    assertThat(rest.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(Integer.parseInt(response.getHeader("Retry-After"))).isBetween(1, 30);
    assertThat(JsonPath.<String>read(response.getContentAsString(), "$.code"))
        .isEqualTo("checkout-line-full");
    assertThat(JsonPath.<String>read(response.getContentAsString(), "$.instance"))
        .isEqualTo("/v1/checkouts");
    assertThat(
            registry.counter("boxoffice.checkout.starts", "answer", "checkout-line-full").count())
        .isEqualTo(1);
  }

  @Test
  void letsBuyersThroughTheDoorWhileAPlaceIsFree() throws Exception {
    var rest = new MockFilterChain();
    door(line(1, 0, Duration.ofSeconds(5)))
        .doFilter(
            new MockHttpServletRequest("POST", "/v1/checkouts"),
            new MockHttpServletResponse(),
            rest);
    assertThat(rest.getRequest()).isNotNull();
  }

  @Test
  void leavesEveryOtherRequestToTheApiWhileTheLineIsFull() throws Exception {
    CheckoutLine line = line(1, 0, Duration.ofSeconds(5));
    slowStart(line);
    var rest = new MockFilterChain();
    door(line)
        .doFilter(
            new MockHttpServletRequest("GET", "/v1/checkouts/co_1"),
            new MockHttpServletResponse(),
            rest);
    assertThat(rest.getRequest()).isNotNull();
  }

  private static CheckoutLineDoor door(CheckoutLine line) {
    return new CheckoutLineDoor(
        line, Jackson2ObjectMapperBuilder.json().build(), CheckoutController.CHECKOUTS);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
