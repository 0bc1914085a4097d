package com.boxoffice.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.CheckoutStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durability: Temporal, then PostgreSQL, restarts under a stream of checkouts, on the same data.
 * Requests may fail while a component is down; every checkout that was started still settles, and
 * the running API and worker serve new checkouts afterwards without being restarted.
 */
class DurabilityIT {
  private static final Logger log = LoggerFactory.getLogger(DurabilityIT.class);
  private static final int CHECKOUTS = 60;
  private static final int SEATS = 40;
  private static final Duration STREAM = Duration.ofSeconds(36);

  /** Beyond the hold deadline, which ends the checkouts whose buyers never got their answer. */
  private static final Duration DRAIN = Duration.ofMinutes(2);

  @RegisterExtension
  static final IsolatedStack STACK =
      new IsolatedStack(
          new LocalStackOptions(
              Path.of("target", "durability-stack"),
              25434,
              27234,
              28234,
              28091,
              28081,
              Duration.ofSeconds(30),
              false));

  @BeforeAll
  static void warmUp() throws Exception {
    STACK.warmUp();
  }

  @Test
  void everyCheckoutSettlesWhenTemporalRestartsMidStream() throws Exception {
    settlesThrough("Temporal dev server restart", () -> STACK.stack().restartTemporal());
  }

  @Test
  void everyCheckoutSettlesWhenPostgresRestartsMidStream() throws Exception {
    settlesThrough("PostgreSQL restart", () -> STACK.stack().restartDatabase());
  }

  private void settlesThrough(String disruption, CheckoutStream.Disruption restart)
      throws Exception {
    String eventId = STACK.newEvent(SEATS);
    long start = System.nanoTime();

    CheckoutStream.Result stream =
        new CheckoutStream(STACK.options()).run(eventId, CHECKOUTS, STREAM, restart);
    Map<CheckoutStatus, Long> outcomes =
        Settlement.verify(STACK.stack(), eventId, stream.placed(), DRAIN);

    long acceptedAfter =
        stream.placed().stream().filter(CheckoutStream.Placed::afterDisruption).count();
    log.info(
        "Ran {} checkouts through a {} ({} ms) in {} s: buyers' final answers {}, all answers"
            + " {}, accepted after it {}, orders {}",
        stream.checkouts(),
        disruption,
        stream.disruption().toMillis(),
        Duration.ofNanos(System.nanoTime() - start).toSeconds(),
        stream.finalAnswers(),
        stream.answers(),
        acceptedAfter,
        outcomes);
    assertThat(acceptedAfter)
        .as("checkouts accepted once the %s was over", disruption)
        .isPositive();
  }
}
