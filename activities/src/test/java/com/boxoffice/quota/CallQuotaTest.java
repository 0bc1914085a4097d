package com.boxoffice.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.boxoffice.testkit.PostgresExtension;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallQuotaTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final String RATE_LIMITED = "ProviderRateLimited";

  private final CallQuotas worker = worker(Duration.ofMillis(100));
  private CallQuotas other;

  @AfterEach
  void close() {
    worker.close();
    if (other != null) {
      other.close();
    }
  }

  @Test
  void aPermitThatDoesNotComeWithinTheLongestWaitFailsTheAttemptAsRetryable() {
    CallQuota stripe = worker.perSecond("stripe", 1, RATE_LIMITED);
    stripe.acquire();

    Throwable refused = catchThrowable(stripe::acquire);

    assertThat(refused).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) refused;
    assertThat(failure.getType()).isEqualTo(RATE_LIMITED);
    assertThat(failure.isNonRetryable()).isFalse();
  }

  /**
   * The next permit is due a second after the first; the delay adds up to half the longest wait (50
   * ms) so that refused attempts spread out.
   */
  @Test
  void aRefusedAttemptIsRetriedWhenAPermitIsExpected() {
    CallQuota stripe = worker.perSecond("stripe", 1, RATE_LIMITED);
    stripe.acquire();

    ApplicationFailure failure = (ApplicationFailure) catchThrowable(stripe::acquire);

    assertThat(failure.getNextRetryDelay())
        .isBetween(Duration.ofMillis(900), Duration.ofMillis(1050));
  }

  /**
   * At 50 calls/s a checkout's authorization and capture, milliseconds apart, both pass at once:
   * the bucket holds five permits, not one due every 20 ms.
   */
  @Test
  void callsInQuickSuccessionPassAtOnceWithinATenthOfASecondsPermits() {
    try (CallQuotas patient = worker(Duration.ofMillis(500))) {
      CallQuota stripe = patient.perSecond("stripe", 50, RATE_LIMITED);
      stripe.acquire();
      long before = System.nanoTime();

      for (int call = 2; call <= CallQuotas.burst(50); call++) {
        stripe.acquire();
      }

      // A bucket of one would hold the four back 80 ms in all.
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(50));
    }
  }

  /** At 5 calls/s the second permit is due 200 ms after the first, within the 500 ms wait. */
  @Test
  void aPermitDueWithinTheLongestWaitIsWaitedFor() {
    try (CallQuotas patient = worker(Duration.ofMillis(500))) {
      CallQuota stripe = patient.perSecond("stripe", 5, RATE_LIMITED);
      stripe.acquire();
      long before = System.nanoTime();

      stripe.acquire();

      assertThat(Duration.ofNanos(System.nanoTime() - before))
          .isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }
  }

  /** A new table: the row is created by the first of them while the others wait in one batch. */
  @Test
  void theFirstPermitsOfANewQuotaAllGoThroughTogether() throws Exception {
    CallQuota stripe = worker.perSecond("stripe", 1000, RATE_LIMITED);
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService callers = Executors.newFixedThreadPool(16)) {
      List<Future<?>> permits = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        permits.add(
            callers.submit(() -> {
              start.await();
              stripe.acquire();
              return null;
            }));
      }
      start.countDown();
      for (Future<?> permit : permits) {
        permit.get();
      }
    }
  }

  @Test
  void eachProviderHasAQuotaOfItsOwn() {
    worker.perSecond("stripe", 1, RATE_LIMITED).acquire();

    worker.perSecond("sendgrid", 1, RATE_LIMITED).acquire();
  }

  /** A rolling restart with a new rate: the worker started last sets it for all. */
  @Test
  void aWorkerStartedLaterReplacesTheRateForAllWorkers() throws InterruptedException {
    CallQuota slow = worker.perSecond("stripe", 1, RATE_LIMITED);
    slow.acquire();
    Thread.sleep(5);
    other = worker(Duration.ofMillis(100));
    other.perSecond("stripe", 1000, RATE_LIMITED).acquire();

    slow.acquire();
    slow.acquire();
  }

  /** Lowered as well as raised: the version is the start time, not the rate. */
  @Test
  void aLowerRateFromAWorkerStartedLaterHoldsForAllWorkers() throws InterruptedException {
    CallQuota fast = worker.perSecond("stripe", 1000, RATE_LIMITED);
    fast.acquire();
    Thread.sleep(5);
    other = worker(Duration.ofMillis(100));
    other.perSecond("stripe", 1, RATE_LIMITED).acquire();

    assertThat(catchThrowable(fast::acquire)).isInstanceOf(ApplicationFailure.class);
  }

  @Test
  void aQuotaTheDatabaseCannotAnswerFailsTheAttemptAsRetryable() throws IOException {
    HikariConfig unreachable = new HikariConfig();
    unreachable.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/boxoffice");
    unreachable.setConnectionTimeout(250);
    unreachable.setInitializationFailTimeout(-1);
    try (CallQuotas broken =
        new CallQuotas(new HikariDataSource(unreachable), Duration.ofMillis(100))) {
      CallQuota stripe = broken.perSecond("stripe", 10, RATE_LIMITED);

      assertThat(catchThrowable(stripe::acquire)).isInstanceOf(CallQuotaUnavailable.class);
    }
  }

  private static CallQuotas worker(Duration longestWait) {
    return new CallQuotas(postgres.newPool("quota-test", 2), longestWait);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
