package com.boxoffice.quota;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.testkit.PostgresExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three worker processes, each with connections of its own and eight threads taking permits back to
 * back, for five seconds against one limit. Each permit is recorded as its caller sees it: when
 * {@code acquire} returns, on the wall clock the buckets also keep time with.
 */
class ClusterQuotaTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final int LIMIT = 10;
  private static final int WORKERS = 3;
  private static final int THREADS = 8;
  private static final Duration RUN = Duration.ofSeconds(5);

  private static final List<Instant> permits = Collections.synchronizedList(new ArrayList<>());
  private static Instant start;

  @BeforeAll
  static void run() throws Exception {
    try (SimulatedWorkers workers =
        new SimulatedWorkers(postgres, WORKERS, Duration.ofMillis(500))) {
      List<CallQuota> quotas = workers.perSecond("cluster-test", LIMIT);
      start = Instant.now();
      SimulatedWorkers.callUntil(
          quotas,
          THREADS,
          RUN,
          quota -> {
            quota.acquire();
            permits.add(Instant.now());
          });
    }
    permits.sort(null);
  }

  /**
   * The bucket starts full and gains LIMIT a second: by any time t at most its burst + LIMIT × (t −
   * start) permits have come due. A caller returns only once its permit is due, so the n-th return,
   * at t, has n within that bound.
   */
  @Test
  void theWorkersTogetherNeverGetAheadOfTheLimit() {
    for (int n = 1; n <= permits.size(); n++) {
      double seconds = Duration.between(start, permits.get(n - 1)).toNanos() / 1e9;
      assertThat((double) n)
          .as("permits by %.3f s", seconds)
          .isLessThanOrEqualTo(CallQuotas.burst(LIMIT) + LIMIT * seconds);
    }
  }

  /**
   * Once the bucket's burst is spent, permits come due at least 1/LIMIT s apart, so one second of
   * due times holds at most LIMIT plus the burst. Seen by their callers they are late by a few
   * milliseconds, less than that spacing, so a second of returns can also hold the last one due in
   * the second before: one more. Three uncoordinated workers would show about 3 × LIMIT.
   */
  @Test
  void noSecondHoldsMoreThanTheLimitBeyondOneLatePermit() {
    Map<Long, Long> perSecond =
        permits.stream()
            .collect(
                Collectors.groupingBy(
                    Instant::getEpochSecond, TreeMap::new, Collectors.counting()));

    assertThat(Collections.max(perSecond.values()))
        .as("permits per second %s", perSecond)
        .isLessThanOrEqualTo(LIMIT + CallQuotas.burst(LIMIT) + 1L);
  }

  /**
   * Not starved: callers refused come back in time to keep the reservations fed, so the run gets
   * close to the LIMIT × 5 permits its five seconds allow (more come due after the deadline,
   * reserved before it).
   */
  @Test
  void theWorkersTogetherGetCloseToTheLimit() {
    assertThat((double) permits.size())
        .as("permits in %s", RUN)
        .isGreaterThanOrEqualTo(0.9 * LIMIT * RUN.toSeconds());
  }
}
