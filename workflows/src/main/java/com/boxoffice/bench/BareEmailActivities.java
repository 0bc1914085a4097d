package com.boxoffice.bench;

import io.temporal.activity.ActivityInterface;

/** The saga's SendGrid step, as a remote activity on a queue of its own. */
@ActivityInterface(namePrefix = "Bare")
public interface BareEmailActivities {
  String TASK_QUEUE = "bench-email";

  BareStep sendConfirmation(BareStep step);
}
