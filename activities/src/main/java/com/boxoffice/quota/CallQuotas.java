package com.boxoffice.quota;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.BucketTableSettings;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.jdbc.SQLProxyConfiguration;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The cluster's call quotas, one bucket4j token bucket per provider in the {@code call_quotas}
 * table of the database every worker already shares. Every worker process builds its own, over its
 * own connections; the row is what they share.
 *
 * <p>A bucket holds a tenth of a second's permits ({@link #burst}, at least one) and gains {@code
 * callsPerSecond} a second, evenly. So no one-second window holds more than callsPerSecond plus
 * that tenth, after an idle spell included, while the calls one checkout makes in quick succession
 * (its authorization and its capture, milliseconds apart) pass at once: a bucket of one would hold
 * the second back for 1/callsPerSecond (20 ms at 50/s), in every checkout. A caller that finds the
 * bucket empty reserves the next free slot, if it comes within the longest wait, and sleeps until
 * it: queueing costs one transaction, not a poll.
 *
 * <p>A permit is one short transaction on the provider's row: {@code SELECT … FOR UPDATE}, update,
 * commit. The concurrent requests of one process for one bucket are batched by bucket4j into that
 * one transaction, each still decided on its own and in turn, so the guarantee is unchanged while
 * the row sees one transaction per process at a time. Measured with sixteen threads of one worker
 * on a busy two-core machine (CallQuotaCostMeasurement): unbatched, a permit's 99th percentile was
 * 38–60 ms over the worker's two connections (11–23 ms over sixteen); batched, 1.4–1.5 ms with the
 * row lock (median 0.7 ms, about 22,000 permits a second), and 1.6–4.4 ms with bucket4j's
 * advisory-lock variant, which takes a round trip more.
 *
 * <p>The bucket's time is each worker's wall clock, read to the microsecond: a worker whose clock
 * runs ahead of the others' refills early once, by at most callsPerSecond times its lead, and never
 * again after (a clock behind refills nothing until it catches up).
 */
public final class CallQuotas implements AutoCloseable {
  static final String TABLE = "call_quotas";

  /** How a permit's transaction keeps other workers out of the provider's row meanwhile. */
  enum Locking {
    /** {@code SELECT … FOR UPDATE} of the row, then update and commit: three round trips. */
    ROW,
    /** {@code pg_advisory_xact_lock}, then select, update and commit: four round trips. */
    ADVISORY
  }

  private static final TimeMeter WALL_CLOCK_MICROS =
      new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          Instant now = Instant.now();
          return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
          return true;
        }
      };

  private final DataSource pool;
  private final ProxyManager<String> buckets;
  private final Duration longestWait;
  private final boolean batched;

  /**
   * The settings of the worker that started last win: each bucket keeps the configuration of the
   * highest version that has used it, so a restart with a new rate (raised or lowered) replaces the
   * old one from that worker's first permit on, keeping the permits reserved meanwhile.
   */
  private final long configurationVersion = System.currentTimeMillis();

  /**
   * @param pool connections for the quotas alone, closed with them; bound its connection and
   *     statement timeouts, as they add to a caller's wait
   * @param longestWait how long a caller may wait for its permit's slot before its attempt fails
   */
  public CallQuotas(DataSource pool, Duration longestWait) {
    this(pool, longestWait, Locking.ROW, true);
  }

  CallQuotas(DataSource pool, Duration longestWait, Locking locking, boolean batched) {
    if (longestWait.isNegative() || longestWait.isZero()) {
      throw new IllegalArgumentException("The longest wait must be positive: " + longestWait);
    }
    this.pool = pool;
    this.longestWait = longestWait;
    this.batched = batched;
    SQLProxyConfiguration<String> table =
        SQLProxyConfiguration.builder()
            .withPrimaryKeyMapper(PrimaryKeyMapper.STRING)
            .withTableSettings(BucketTableSettings.customSettings(TABLE, "id", "state"))
            .withClientSideConfig(ClientSideConfig.getDefault().withClientClock(WALL_CLOCK_MICROS))
            .build(pool);
    this.buckets =
        switch (locking) {
          case ROW -> new PostgreSQLSelectForUpdateBasedProxyManager<>(table);
          case ADVISORY -> new PostgreSQLadvisoryLockBasedProxyManager<>(table);
        };
  }

  /** The quota of {@code provider} (its row's id), whose refusals fail with {@code failureType}. */
  public CallQuota perSecond(String provider, int callsPerSecond, String failureType) {
    if (callsPerSecond < 1) {
      throw new IllegalArgumentException(
          provider + "'s calls per second must be at least 1: " + callsPerSecond);
    }
    BucketConfiguration evenly =
        BucketConfiguration.builder()
            .addLimit(limit ->
                limit
                    .capacity(burst(callsPerSecond))
                    .refillGreedy(callsPerSecond, Duration.ofSeconds(1)))
            .build();
    RemoteBucketBuilder<String> builder =
        buckets
            .builder()
            .withImplicitConfigurationReplacement(
                configurationVersion, TokensInheritanceStrategy.AS_IS);
    if (batched) {
      builder.withOptimization(Optimizations.batching());
    }
    BucketProxy bucket = builder.build(provider, () -> evenly);
    return new BucketQuota(bucket, provider, callsPerSecond, longestWait, failureType);
  }

  /** The permits a bucket holds when full: a tenth of a second's, at least one. */
  public static long burst(int callsPerSecond) {
    return Math.max(1, callsPerSecond / 10);
  }

  @Override
  public void close() {
    if (pool instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("The call quotas' connections did not close", e);
      }
    }
  }
}
