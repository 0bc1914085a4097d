package com.boxoffice.checkout.contract.email;

import io.temporal.activity.ActivityInterface;

/** Mail through SendGrid, with a delivery ledger so a retried activity never mails twice. */
@ActivityInterface
public interface EmailActivities {
  /** Its own queue, rate-limited as a whole to stay under SendGrid's request limits. */
  String TASK_QUEUE = "checkout-email";

  /**
   * Failure type, retried: a rate limit held the mail back, the cluster's own SendGrid quota or
   * SendGrid's 429. Its next retry delay, when it has one, is when a call is expected to go
   * through.
   */
  String RATE_LIMITED = "ProviderRateLimited";

  EmailReceipt sendConfirmation(ConfirmationEmail email);
}
