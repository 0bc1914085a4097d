package com.boxoffice.quota;

import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** One provider's bucket, as a caller sees it: a permit now, a little later, or a failure. */
final class BucketQuota implements CallQuota {
  private static final int TRIES = 3;

  private final BucketProxy bucket;
  private final String provider;
  private final int callsPerSecond;
  private final Duration longestWait;
  private final String failureType;

  BucketQuota(
      BucketProxy bucket,
      String provider,
      int callsPerSecond,
      Duration longestWait,
      String failureType) {
    this.bucket = bucket;
    this.provider = provider;
    this.callsPerSecond = callsPerSecond;
    this.longestWait = longestWait;
    this.failureType = failureType;
  }

  /**
   * One transaction reserves the next free slot within the longest wait, then the caller sleeps
   * until that slot in its own thread: the wait holds no connection and no lock.
   */
  @Override
  public void acquire() {
    if (!reserve()) {
      throw refused();
    }
  }

  /**
   * bucket4j's batching fails a whole batch when the row does not exist yet (the first permits
   * after the table was created or emptied, asked for all at once): the first of them, sent alone,
   * creates the row, so the others ask again.
   */
  private boolean reserve() {
    for (int tries = 1; ; tries++) {
      try {
        return bucket.asBlocking().tryConsume(1, longestWait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CallQuotaUnavailable(provider + ": interrupted while waiting for a permit", e);
      } catch (RuntimeException e) {
        if (tries == TRIES || !bucketNotCreatedYet(e)) {
          throw unavailable(e);
        }
      }
    }
  }

  private static boolean bucketNotCreatedYet(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BucketNotFoundException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The attempt is held back until a permit is expected, plus up to half the longest wait more at
   * random, so attempts refused together do not all come back at the same instant to be refused
   * again. It is expected under load, so the SDK logs it as benign rather than as an error.
   */
  private ApplicationFailure refused() {
    long expected;
    try {
      expected = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
    long slot = 1_000_000_000L / callsPerSecond;
    long spread = ThreadLocalRandom.current().nextLong(longestWait.toNanos() / 2 + 1);
    Duration delay = Duration.ofNanos(Math.max(expected, slot) + spread);
    return ApplicationFailure.newBuilder()
        .setType(failureType)
        .setMessage(
            String.format(
                "%s: no call permit within %d ms (%d calls/s for all workers together);"
                    + " retrying in %d ms",
                provider, longestWait.toMillis(), callsPerSecond, delay.toMillis()))
        .setNextRetryDelay(delay)
        .setCategory(ApplicationErrorCategory.BENIGN)
        .build();
  }

  /** bucket4j's failures to reach the database, whether its own or wrapped by its batching. */
  private CallQuotaUnavailable unavailable(RuntimeException e) {
    return new CallQuotaUnavailable(provider + ": the call quota could not be read", e);
  }
}
