package com.boxoffice.checkout;

import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Functions;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;

/**
 * The saga's undo steps, run in reverse order. A step is never dropped: once its activity's own
 * retries give up, the checkout is flagged for operators and the step is tried again after a pause
 * that grows to an hour, and the flag is lifted when it finally succeeds.
 */
final class Compensations {
  private static final Logger log = Workflow.getLogger(Compensations.class);
  private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
  private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

  private record Step(String name, Functions.Proc undo) {}

  private final Deque<Step> steps = new ArrayDeque<>();
  private final Checkout checkout;
  private final StatusRecorder recorder;
  private final CheckoutMetrics metrics;

  Compensations(Checkout checkout, StatusRecorder recorder, CheckoutMetrics metrics) {
    this.checkout = checkout;
    this.recorder = recorder;
    this.metrics = metrics;
  }

  void add(String name, Functions.Proc undo) {
    steps.push(new Step(name, undo));
  }

  /** Past the point of no return, or after a step refused whole, there is nothing to undo. */
  void clear() {
    steps.clear();
  }

  /** Runs every step; call it inside a detached scope so that a cancelled workflow still undoes. */
  void run() {
    while (!steps.isEmpty()) {
      runUntilDone(steps.pop());
    }
  }

  private void runUntilDone(Step step) {
    boolean flagged = false;
    Duration pause = FIRST_PAUSE;
    checkout.currently(
        "**COMPENSATING** (" + checkout.failure().message() + "): " + step.name() + ".");
    while (true) {
      try {
        step.undo().apply();
        metrics.compensated(step.name(), true);
        if (flagged) {
          flag(false);
        }
        return;
      } catch (ActivityFailure failure) {
        log.warn("Compensation '{}' failed; trying again in {}", step.name(), pause, failure);
        metrics.compensated(step.name(), false);
        if (!flagged) {
          flag(true);
          flagged = true;
        }
        Instant retryAt = Instant.ofEpochMilli(Workflow.currentTimeMillis()).plus(pause);
        checkout.currently(
            "Compensation '"
                + step.name()
                + "' keeps failing: retrying at "
                + OperatorView.time(retryAt)
                + ". Flagged NeedsAttention until it succeeds.");
        checkout.waits();
        Workflow.newTimer(
                pause,
                TimerOptions.newBuilder()
                    .setSummary("Pause before retrying '" + step.name() + "'")
                    .build())
            .get();
        checkout.resumes();
        pause = longer(pause);
      }
    }
  }

  private static Duration longer(Duration pause) {
    Duration doubled = pause.multipliedBy(2);
    return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
  }

  private void flag(boolean needsAttention) {
    checkout.needsAttention(needsAttention);
    recorder.needsAttention(checkout.checkoutId(), needsAttention);
  }
}
