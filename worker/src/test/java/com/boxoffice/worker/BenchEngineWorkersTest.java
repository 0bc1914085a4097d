package com.boxoffice.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.bench.BareEmailActivities;
import com.boxoffice.bench.BarePaymentActivities;
import com.boxoffice.bench.BareSagaProgress;
import com.boxoffice.bench.BareSagaRequest;
import com.boxoffice.bench.BareSagaWorkflow;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.email.EmailActivities;
import com.boxoffice.payment.PaymentActivities;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A worker started for the engine benchmark ({@code boxoffice.bench-engine=true}) polls the bench
 * queues besides the checkout's, with the checkout queues' capacity and no rate limit.
 */
@SpringBootTest(
    classes = WorkerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.config.name=worker",
      "spring.temporal.test-server.enabled=true",
      "spring.main.banner-mode=off",
      BenchEngineWorkers.ENABLED + "=true"
    })
class BenchEngineWorkersTest extends WithEmbeddedPostgres {
  @Autowired private WorkerFactory workers;
  @Autowired private WorkflowClient temporal;

  @Test
  void runsTheBareSagaToItsEndOnTheBenchQueues() {
    BareSagaWorkflow saga =
        temporal.newWorkflowStub(BareSagaWorkflow.class, BareSagaWorkflow.startOptions("w-1"));
    BareSagaProgress answer =
        WorkflowClient.executeUpdateWithStart(
            saga::awaitPaymentReady,
            UpdateOptions.<BareSagaProgress>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.COMPLETED)
                .build(),
            new WithStartWorkflowOperation<>(saga::run, new BareSagaRequest("w-1")));

    assertThat(answer.stepsDone()).hasSize(3);
    assertThat(WorkflowStub.fromTyped(saga).getResult(BareSagaProgress.class).stepsDone())
        .hasSize(6);
  }

  @Test
  void givesTheBareSagaTheCheckoutWorkersSlotsAndPollers() {
    assertSameCapacity(BareSagaWorkflow.TASK_QUEUE, CheckoutWorkflow.TASK_QUEUE);
    assertSameCapacity(BarePaymentActivities.TASK_QUEUE, PaymentActivities.TASK_QUEUE);
    assertSameCapacity(BareEmailActivities.TASK_QUEUE, EmailActivities.TASK_QUEUE);
  }

  @Test
  void limitsNoBenchQueueByRateSinceNoOpStepsSpendNoQuota() {
    assertThat(options(BarePaymentActivities.TASK_QUEUE).getMaxTaskQueueActivitiesPerSecond())
        .isZero();
    assertThat(options(BareEmailActivities.TASK_QUEUE).getMaxTaskQueueActivitiesPerSecond())
        .isZero();
  }

  private void assertSameCapacity(String bench, String real) {
    WorkerOptions copy = options(bench);
    WorkerOptions original = options(real);
    assertThat(copy.getMaxConcurrentWorkflowTaskExecutionSize())
        .isEqualTo(original.getMaxConcurrentWorkflowTaskExecutionSize());
    assertThat(copy.getMaxConcurrentActivityExecutionSize())
        .isEqualTo(original.getMaxConcurrentActivityExecutionSize());
    assertThat(copy.getMaxConcurrentLocalActivityExecutionSize())
        .isEqualTo(original.getMaxConcurrentLocalActivityExecutionSize());
    assertThat(copy.getWorkflowTaskPollersBehavior())
        .isEqualTo(original.getWorkflowTaskPollersBehavior());
    assertThat(copy.getActivityTaskPollersBehavior())
        .isEqualTo(original.getActivityTaskPollersBehavior());
  }

  private WorkerOptions options(String taskQueue) {
    return workers.getWorker(taskQueue).getWorkerOptions();
  }
}
