package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * Keeps the order's database row in step with the saga. The row is what frontends and operators
 * read between the saga's decisions, so a write that keeps failing is logged rather than allowed to
 * stall the saga; the final status is written by steps that are retried until they succeed.
 */
final class StatusRecorder {
  private static final Logger log = Workflow.getLogger(StatusRecorder.class);

  private final SagaActivities activities;

  StatusRecorder(SagaActivities activities) {
    this.activities = activities;
  }

  /**
   * @param step {@link SagaActivities#RECORD} for a row that may lag behind, or a step retried
   *     until it succeeds for one that the saga's next move depends on
   */
  void record(OrderStatusUpdate update, Step<InventoryActivities> step) {
    try {
      activities.run(step, summary(update), i -> i.recordStatus(update));
    } catch (ActivityFailure failure) {
      log.warn("Could not record {} for checkout {}", update, update.checkoutId(), failure);
    }
  }

  void needsAttention(String checkoutId, boolean needsAttention) {
    record(
        new OrderStatusUpdate(checkoutId, null, null, null, null, null, needsAttention),
        SagaActivities.RECORD);
  }

  private static String summary(OrderStatusUpdate update) {
    if (update.status() != null) {
      return "Record " + update.status() + " on order " + update.checkoutId();
    }
    return (Boolean.TRUE.equals(update.needsAttention()) ? "Flag" : "Unflag")
        + " order "
        + update.checkoutId()
        + " for operators";
  }
}
