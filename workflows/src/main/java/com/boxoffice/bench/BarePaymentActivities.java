package com.boxoffice.bench;

import io.temporal.activity.ActivityInterface;

/** The saga's Stripe steps, as remote activities on a queue of their own. */
@ActivityInterface(namePrefix = "Bare")
public interface BarePaymentActivities {
  String TASK_QUEUE = "bench-payments";

  BareStep authorize(BareStep step);

  BareStep capture(BareStep step);
}
