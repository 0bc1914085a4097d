package com.boxoffice.loadtest.engine.saga;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MinimalSagaWorkflowTest {
  private static final String QUEUE = MinimalSagaWorkflow.TASK_QUEUE;
  private static final List<String> FIVE_STEPS =
      List.of("hold", "authorize", "capture", "confirm", "email");

  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final WorkflowClient client = env.getWorkflowClient();

  MinimalSagaWorkflowTest() {
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(MinimalSagaWorkflowImpl.class);
    worker.registerActivitiesImplementations(new NoOpSteps());
    env.start();
  }

  @AfterEach
  void close() {
    env.close();
  }

  @Test
  void answersTheStartingUpdateOnceTheConfirmStepIsDone() {
    SagaProgress answer = BenchSagas.start(client, MinimalSagaWorkflow.class, QUEUE, "m-1");

    assertThat(answer.stepsDone()).isEqualTo(FIVE_STEPS.subList(0, 4));
  }

  @Test
  void runsTheFiveStepsInTheirOrder() {
    BenchSagas.start(client, MinimalSagaWorkflow.class, QUEUE, "m-2");

    assertThat(BenchSagas.result(client, QUEUE, "m-2").stepsDone()).isEqualTo(FIVE_STEPS);
  }

  @Test
  void runsEveryStepAsALocalActivityInTheOneWorkflowTaskTheStartOpens() {
    BenchSagas.start(client, MinimalSagaWorkflow.class, QUEUE, "m-3");
    BenchSagas.result(client, QUEUE, "m-3");

    List<HistoryEvent> events = client.fetchHistory(QUEUE + "-m-3").getEvents();
    assertThat(events)
        .filteredOn(event -> event.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
        .hasSize(5);
    assertThat(events)
        .filteredOn(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .isEmpty();
    assertThat(events)
        .filteredOn(event -> event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)
        .hasSize(1);
  }
}
