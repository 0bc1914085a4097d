package com.boxoffice.checkout;

import com.uber.m3.tally.Scope;
import com.uber.m3.util.Duration;
import io.temporal.workflow.Workflow;
import java.util.Map;

/**
 * The saga's business metrics. The workflow's scope reports nothing while a history is replayed, so
 * each checkout counts once however often a worker replays it; it already carries the namespace,
 * task queue and workflow type. Names follow the SDK's own ({@code temporal_...}): snake case, and
 * Prometheus adds the unit and {@code _total}.
 */
final class CheckoutMetrics {
  /** Checkouts that reached a final status, tagged {@code outcome}. */
  static final String CHECKOUTS = "boxoffice_checkouts";

  /** Compensation attempts, tagged {@code step} and {@code result} (succeeded, failed). */
  static final String COMPENSATIONS = "boxoffice_compensations";

  /** From the seats being held to the order being confirmed: the buyer's wait plus the pivot. */
  static final String HOLD_TO_CONFIRM = "boxoffice_hold_to_confirm";

  private final Scope scope = Workflow.getMetricsScope();
  private long heldAtMillis = -1;

  void held() {
    heldAtMillis = Workflow.currentTimeMillis();
  }

  void ended(CheckoutStatus outcome) {
    scope.tagged(Map.of("outcome", outcome.name())).counter(CHECKOUTS).inc(1);
    if (outcome == CheckoutStatus.CONFIRMED && heldAtMillis >= 0) {
      long millis = Workflow.currentTimeMillis() - heldAtMillis;
      scope.timer(HOLD_TO_CONFIRM).record(Duration.ofMillis(millis));
    }
  }

  void compensated(String step, boolean succeeded) {
    scope
        .tagged(
            Map.of("step", step.replace(' ', '_'), "result", succeeded ? "succeeded" : "failed"))
        .counter(COMPENSATIONS)
        .inc(1);
  }
}
