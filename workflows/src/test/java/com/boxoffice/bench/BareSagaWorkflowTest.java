package com.boxoffice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BareSagaWorkflowTest {
  private static final String SAGA_ID = "b-1";
  private static final String WORKFLOW_ID = BareSagaWorkflow.workflowId(SAGA_ID);
  private static final List<String> SIX_STEPS =
      List.of(
          "hold seats",
          "authorize",
          "record status",
          "capture",
          "confirm order",
          "send confirmation");

  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final WorkflowClient client = env.getWorkflowClient();
  private final HeldCapture payments = new HeldCapture();

  BareSagaWorkflowTest() {
    Worker engine = env.newWorker(BareSagaWorkflow.TASK_QUEUE);
    engine.registerWorkflowImplementationTypes(BareSagaWorkflowImpl.class);
    // Local activities run in the worker of the workflow that calls them.
    engine.registerActivitiesImplementations(new NoOpInventorySteps());
    env.newWorker(BarePaymentActivities.TASK_QUEUE).registerActivitiesImplementations(payments);
    env.newWorker(BareEmailActivities.TASK_QUEUE)
        .registerActivitiesImplementations(new NoOpEmailSteps());
    env.start();
  }

  @AfterEach
  void close() {
    env.close();
  }

  @Test
  void runsTheCheckoutSagasSixStepsInItsOrder() {
    payments.release();

    start();

    assertThat(result().stepsDone()).isEqualTo(SIX_STEPS);
  }

  @Test
  void answersTheStartingUpdateOnceTheThirdStepIsDoneWithoutWaitingForTheRest() {
    // The capture is held back: start() could not return if the answer waited for it.
    BareSagaProgress answer = start();

    assertThat(answer.stepsDone()).isEqualTo(SIX_STEPS.subList(0, 3));
    payments.release();
    assertThat(result().stepsDone()).isEqualTo(SIX_STEPS);
  }

  @Test
  void runsTheInventoryStepsLocallyAndThePaymentAndEmailStepsOnTheirOwnQueues() {
    payments.release();
    start();
    result();

    List<HistoryEvent> events = client.fetchHistory(WORKFLOW_ID).getEvents();
    assertThat(events)
        .filteredOn(event -> event.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
        .hasSize(3);
    assertThat(events)
        .filteredOn(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .extracting(
            event -> event.getActivityTaskScheduledEventAttributes().getTaskQueue().getName())
        .containsExactly(
            BarePaymentActivities.TASK_QUEUE,
            BarePaymentActivities.TASK_QUEUE,
            BareEmailActivities.TASK_QUEUE);
  }

  /** Starts the saga as the benchmark does, and waits for the update's answer. */
  private BareSagaProgress start() {
    BareSagaWorkflow workflow =
        client.newWorkflowStub(BareSagaWorkflow.class, BareSagaWorkflow.startOptions(SAGA_ID));
    return WorkflowClient.executeUpdateWithStart(
        workflow::awaitPaymentReady,
        UpdateOptions.<BareSagaProgress>newBuilder()
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build(),
        new WithStartWorkflowOperation<>(workflow::run, new BareSagaRequest(SAGA_ID)));
  }

  private BareSagaProgress result() {
    return client.newUntypedWorkflowStub(WORKFLOW_ID).getResult(BareSagaProgress.class);
  }

  /** Payments that hold the capture back until the test lets it through. */
  private static final class HeldCapture implements BarePaymentActivities {
    private final CountDownLatch released = new CountDownLatch(1);

    void release() {
      released.countDown();
    }

    @Override
    public BareStep authorize(BareStep step) {
      return step;
    }

    @Override
    public BareStep capture(BareStep step) {
      try {
        if (!released.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("The test never released the capture");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return step;
    }
  }
}
