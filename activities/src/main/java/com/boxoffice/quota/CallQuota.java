package com.boxoffice.quota;

/**
 * A provider's calls per second, shared by every worker of the cluster. The provider's client takes
 * a permit before each HTTP request, so no request, whichever activity or helper sends it, goes out
 * without one.
 */
@FunctionalInterface
public interface CallQuota {
  /**
   * Returns when this call may go out, after a short bounded wait at most.
   *
   * @throws io.temporal.failure.ApplicationFailure retryable, of the quota's failure type, with the
   *     delay until a permit is expected as its next retry delay, when none comes within the wait
   * @throws CallQuotaUnavailable retryable, when the database that keeps the quota does not answer
   */
  void acquire();
}
