package com.boxoffice.bench;

import io.temporal.activity.ActivityInterface;

/**
 * The saga's database steps, run as local activities in the workflow's own worker: no task queue,
 * no matching, one marker in the history each. Prefixed so the Temporal UI never confuses them with
 * the checkout's.
 */
@ActivityInterface(namePrefix = "Bare")
public interface BareInventoryActivities {
  BareStep holdSeats(BareStep step);

  BareStep recordStatus(BareStep step);

  BareStep confirmOrder(BareStep step);
}
