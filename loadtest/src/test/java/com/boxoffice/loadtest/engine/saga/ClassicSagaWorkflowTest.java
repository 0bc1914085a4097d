package com.boxoffice.loadtest.engine.saga;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassicSagaWorkflowTest {
  private static final String QUEUE = ClassicSagaWorkflow.TASK_QUEUE;
  private static final List<String> FIVE_STEPS =
      List.of("hold", "authorize", "capture", "confirm", "email");

  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final WorkflowClient client = env.getWorkflowClient();
  private final HeldEmail steps = new HeldEmail();

  ClassicSagaWorkflowTest() {
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(ClassicSagaWorkflowImpl.class);
    worker.registerActivitiesImplementations(steps);
    env.start();
  }

  @AfterEach
  void close() {
    env.close();
  }

  @Test
  void answersTheStartingUpdateOnceTheConfirmStepIsDoneWithoutWaitingForTheEmail() {
    // The email is held back: start() could not return if the answer waited for it.
    SagaProgress answer = BenchSagas.start(client, ClassicSagaWorkflow.class, QUEUE, "c-1");

    assertThat(answer.stepsDone()).isEqualTo(FIVE_STEPS.subList(0, 4));
    steps.release();
    assertThat(BenchSagas.result(client, QUEUE, "c-1").stepsDone()).isEqualTo(FIVE_STEPS);
  }

  @Test
  void runsEveryStepAsAnActivityOnTheWorkflowsOwnQueue() {
    steps.release();
    BenchSagas.start(client, ClassicSagaWorkflow.class, QUEUE, "c-2");
    BenchSagas.result(client, QUEUE, "c-2");

    List<HistoryEvent> events = client.fetchHistory(QUEUE + "-c-2").getEvents();
    assertThat(events)
        .filteredOn(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .extracting(
            event -> event.getActivityTaskScheduledEventAttributes().getTaskQueue().getName())
        .containsExactly(QUEUE, QUEUE, QUEUE, QUEUE, QUEUE);
    assertThat(events)
        .filteredOn(event -> event.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
        .isEmpty();
  }

  /** No-op steps whose email waits until the test lets it through. */
  private static final class HeldEmail implements SagaSteps {
    private final NoOpSteps steps = new NoOpSteps();
    private final CountDownLatch released = new CountDownLatch(1);

    void release() {
      released.countDown();
    }

    @Override
    public StepResult hold(StepRequest request) {
      return steps.hold(request);
    }

    @Override
    public StepResult authorize(StepRequest request) {
      return steps.authorize(request);
    }

    @Override
    public StepResult capture(StepRequest request) {
      return steps.capture(request);
    }

    @Override
    public StepResult confirm(StepRequest request) {
      return steps.confirm(request);
    }

    @Override
    public StepResult email(StepRequest request) {
      try {
        if (!released.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("The test never released the email");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return steps.email(request);
    }
  }
}
