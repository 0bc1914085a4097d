package com.boxoffice.checkout;

import io.temporal.workflow.Workflow;

/**
 * Which saga a run follows, decided once at its start and recorded in its history, so that a
 * checkout started by an earlier release finishes the way it began. Since {@link #ONE_TASK} every
 * step is a local activity and a card that needs no 3-D Secure is confirmed in the workflow task
 * that started it; that saga includes every change made before it, which earlier sagas each
 * recorded on their own, and records each change made after it the same way ({@link #since}).
 */
final class SagaVersion {
  /**
   * The change id of the whole checkout in local activities, in as few workflow tasks as it can.
   */
  static final String ONE_TASK = "checkout-in-one-workflow-task";

  private Boolean oneTask;

  /** The first thing a run does: a later decision could not see a history from before it. */
  boolean decide() {
    oneTask = Workflow.getVersion(ONE_TASK, Workflow.DEFAULT_VERSION, 1) == 1;
    return oneTask;
  }

  boolean decided() {
    return oneTask != null;
  }

  boolean oneTask() {
    if (oneTask == null) {
      throw new IllegalStateException("The saga's version is decided at the start of its run");
    }
    return oneTask;
  }

  /** Whether the run has the earlier change {@code changeId}, asked where it first matters. */
  boolean includes(String changeId) {
    return oneTask() || since(changeId);
  }

  /**
   * Whether the run has {@code changeId}, a change made after {@link #ONE_TASK}: recorded on its
   * own, asked where it first matters, so a run that never gets there records nothing.
   */
  boolean since(String changeId) {
    return Workflow.getVersion(changeId, Workflow.DEFAULT_VERSION, 1) == 1;
  }
}
