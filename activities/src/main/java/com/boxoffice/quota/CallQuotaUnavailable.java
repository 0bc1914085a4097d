package com.boxoffice.quota;

/**
 * The quota could not be read: the database did not answer in time. The call does not go out
 * unpermitted (that could exceed the provider's limit for the whole cluster); Temporal retries the
 * attempt with the workflow's backoff instead.
 */
public class CallQuotaUnavailable extends RuntimeException {
  CallQuotaUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
