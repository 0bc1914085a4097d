package com.boxoffice.email;

import io.temporal.activity.ActivityInterface;

/** Mail through SendGrid, with a delivery ledger so a retried activity never mails twice. */
@ActivityInterface
public interface EmailActivities {
  /** Shares the checkout workflow's queue for now; its own queue is a one-line change here. */
  String TASK_QUEUE = "checkout";

  EmailReceipt sendConfirmation(ConfirmationEmail email);
}
