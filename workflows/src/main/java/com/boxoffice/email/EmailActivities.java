package com.boxoffice.email;

import io.temporal.activity.ActivityInterface;

/** Mail through SendGrid, with a delivery ledger so a retried activity never mails twice. */
@ActivityInterface
public interface EmailActivities {
  /** Its own queue, rate-limited as a whole to stay under SendGrid's request limits. */
  String TASK_QUEUE = "checkout-email";

  EmailReceipt sendConfirmation(ConfirmationEmail email);
}
