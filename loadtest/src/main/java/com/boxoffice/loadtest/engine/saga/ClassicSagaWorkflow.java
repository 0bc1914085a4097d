package com.boxoffice.loadtest.engine.saga;

import io.temporal.workflow.WorkflowInterface;

/**
 * The peer: the checkout's five steps as regular no-op activities on the workflow's own queue, the
 * shape of Temporal's samples-java sagas. Each step is a round trip through the server: activity
 * task, poll, completion, and a new workflow task.
 */
@WorkflowInterface
public interface ClassicSagaWorkflow extends BenchSaga {
  /** The workflow's queue and its steps'. */
  String TASK_QUEUE = "bench-classic";
}
