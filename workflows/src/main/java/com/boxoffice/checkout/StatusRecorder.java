package com.boxoffice.checkout;

import com.boxoffice.inventory.OrderStatusUpdate;
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

  void record(OrderStatusUpdate update) {
    try {
      activities.recording(summary(update)).recordStatus(update);
    } catch (ActivityFailure failure) {
      log.warn("Could not record {} for checkout {}", update, update.checkoutId(), failure);
    }
  }

  void needsAttention(String checkoutId, boolean needsAttention) {
    record(new OrderStatusUpdate(checkoutId, null, null, null, null, null, needsAttention));
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
