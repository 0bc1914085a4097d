package com.boxoffice.payment;

import static com.boxoffice.payment.PaymentFixture.VISA;
import static com.boxoffice.payment.PaymentFixture.authorization;
import static com.boxoffice.payment.PaymentFixture.payments;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.quota.CallQuotas;
import com.boxoffice.quota.SimulatedWorkers;
import com.boxoffice.testkit.PostgresExtension;
import com.boxoffice.testkit.SandboxExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three worker processes, each with connections, call quotas and {@link StripePaymentActivities} of
 * its own, four threads each authorizing back to back for four seconds against one Stripe limit.
 * What Stripe received is counted on Stripe's side: each authorization is one request that makes
 * one intent, stamped by the sandbox with the second it arrived in.
 */
class ClusterStripeQuotaTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private static final int LIMIT = 10;
  private static final Duration RUN = Duration.ofSeconds(4);

  /**
   * Once the bucket's burst is spent, requests leave at least 1/LIMIT s apart. They arrive late by
   * a few milliseconds of scheduling and HTTP, unevenly but by far less than that spacing, so a
   * second at the sandbox holds at most LIMIT plus the burst, and one more when it also catches the
   * last one that left in the second before. Three uncoordinated workers would send about 3 ×
   * LIMIT.
   */
  @Test
  void stripeReceivesTheLimitAtMostInAnySecond() throws Exception {
    AtomicInteger checkouts = new AtomicInteger();
    try (SimulatedWorkers workers = new SimulatedWorkers(postgres, 3, Duration.ofMillis(500))) {
      List<StripePaymentActivities> payments =
          workers.perSecond("stripe", LIMIT).stream()
              .map(quota -> payments(sandbox.baseUrl(), quota))
              .toList();

      SimulatedWorkers.callUntil(
          payments,
          4,
          RUN,
          worker -> worker.authorize(authorization("c" + checkouts.incrementAndGet(), VISA)));
    }

    Map<Long, Long> received = receivedPerSecond();
    assertThat(Collections.max(received.values()))
        .as("requests received per second %s", received)
        .isLessThanOrEqualTo(LIMIT + CallQuotas.burst(LIMIT) + 1L);
    assertThat(received.values().stream().mapToLong(Long::longValue).sum())
        .as("the workers kept up with the limit")
        .isGreaterThanOrEqualTo((long) (0.9 * LIMIT * RUN.toSeconds()));
  }

  private static Map<Long, Long> receivedPerSecond() {
    return StreamSupport.stream(sandbox.intents().spliterator(), false)
        .collect(
            Collectors.groupingBy(
                (JsonNode intent) -> intent.path("created").asLong(),
                TreeMap::new,
                Collectors.counting()));
  }
}
