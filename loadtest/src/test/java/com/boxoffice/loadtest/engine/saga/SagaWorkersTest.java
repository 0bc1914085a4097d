package com.boxoffice.loadtest.engine.saga;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.CheckoutWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.PollerBehaviorSimpleMaximum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bench sagas' workers beside a checkout worker configured as worker.yml might configure it:
 * the same slots and pollers, no rate limit, and both sagas run to their end on them.
 */
class SagaWorkersTest {
  private static final WorkerOptions CHECKOUT =
      WorkerOptions.newBuilder()
          .setMaxConcurrentWorkflowTaskExecutionSize(7)
          .setMaxConcurrentActivityExecutionSize(9)
          .setMaxConcurrentLocalActivityExecutionSize(11)
          .setWorkflowTaskPollersBehavior(new PollerBehaviorSimpleMaximum(3))
          .setMaxTaskQueueActivitiesPerSecond(50)
          .build();

  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final WorkerFactory factory = env.getWorkerFactory();
  private final WorkflowClient client = env.getWorkflowClient();
  private final SagaWorkers.Workers workers;

  SagaWorkersTest() {
    factory.newWorker(CheckoutWorkflow.TASK_QUEUE, CHECKOUT);
    workers = SagaWorkers.addTo(factory);
    env.start();
  }

  @AfterEach
  void close() {
    env.close();
  }

  @Test
  void givesBothSagasTheCheckoutWorkersSlotsAndPollers() {
    for (WorkerOptions options :
        new WorkerOptions[] {
          workers.minimal().getWorkerOptions(), workers.classic().getWorkerOptions()
        }) {
      assertThat(options.getMaxConcurrentWorkflowTaskExecutionSize()).isEqualTo(7);
      assertThat(options.getMaxConcurrentActivityExecutionSize()).isEqualTo(9);
      assertThat(options.getMaxConcurrentLocalActivityExecutionSize()).isEqualTo(11);
      assertThat(options.getWorkflowTaskPollersBehavior())
          .isEqualTo(CHECKOUT.getWorkflowTaskPollersBehavior());
    }
  }

  @Test
  void limitsNoBenchQueueByRateSinceNoOpStepsSpendNoQuota() {
    assertThat(workers.minimal().getWorkerOptions().getMaxTaskQueueActivitiesPerSecond()).isZero();
    assertThat(workers.classic().getWorkerOptions().getMaxTaskQueueActivitiesPerSecond()).isZero();
  }

  @Test
  void runsBothSagasToTheirEndOnTheirQueues() {
    BenchSagas.start(client, MinimalSagaWorkflow.class, MinimalSagaWorkflow.TASK_QUEUE, "w-1");
    BenchSagas.start(client, ClassicSagaWorkflow.class, ClassicSagaWorkflow.TASK_QUEUE, "w-1");

    assertThat(BenchSagas.result(client, MinimalSagaWorkflow.TASK_QUEUE, "w-1").stepsDone())
        .hasSize(5);
    assertThat(BenchSagas.result(client, ClassicSagaWorkflow.TASK_QUEUE, "w-1").stepsDone())
        .hasSize(5);
  }
}
