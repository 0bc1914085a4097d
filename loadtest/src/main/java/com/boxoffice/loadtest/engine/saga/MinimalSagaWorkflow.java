package com.boxoffice.loadtest.engine.saga;

import io.temporal.workflow.WorkflowInterface;

/**
 * The engine's floor: the checkout's five steps as no-op local activities, all of them run in the
 * workflow task that update-with-start opens. No search attributes, summaries or details: only what
 * any saga of this shape must cost the engine.
 */
@WorkflowInterface
public interface MinimalSagaWorkflow extends BenchSaga {
  /** The workflow's queue; its steps, being local, have none. */
  String TASK_QUEUE = "bench-minimal";
}
