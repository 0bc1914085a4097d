package com.boxoffice.loadtest.engine.saga;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.testkit.CheckoutSearchAttributesOnTestServer;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.common.SearchAttributes;
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
    // As on the benchmark stack: upserting an attribute the namespace does not know fails the saga.
    CheckoutSearchAttributesOnTestServer.register(env);
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

  @Test
  void startedAsACheckoutItIsFoundAsACheckoutIsAndEndsAsOne() {
    BenchSagas.start(client, MinimalSagaWorkflow.class, QUEUE, "m-4", true);
    BenchSagas.result(client, QUEUE, "m-4");

    WorkflowExecutionDescription saga = client.newUntypedWorkflowStub(QUEUE + "-m-4").describe();
    SearchAttributes found = saga.getTypedSearchAttributes();
    assertThat(found.get(CheckoutSearchAttributes.CHECKOUT_ID)).isEqualTo("m-4");
    assertThat(found.get(CheckoutSearchAttributes.EVENT_ID)).isEqualTo(CheckoutLike.EVENT_ID);
    assertThat(found.get(CheckoutSearchAttributes.STATUS)).isEqualTo("CONFIRMED");
    assertThat(found.get(CheckoutSearchAttributes.AMOUNT)).isEqualTo(CheckoutLike.AMOUNT_MINOR);
    assertThat(found.get(CheckoutSearchAttributes.PAYMENT_INTENT_ID)).isEqualTo("pi_m-4");
    assertThat(saga.getStaticSummary()).contains("buyer@example.com");
    assertThat(saga.getStaticDetails()).contains("**Checkout** `m-4`").hasSizeGreaterThan(500);
  }

  @Test
  void startedBareItCarriesNoCheckoutAttributes() {
    BenchSagas.start(client, MinimalSagaWorkflow.class, QUEUE, "m-5");
    BenchSagas.result(client, QUEUE, "m-5");

    WorkflowExecutionDescription saga = client.newUntypedWorkflowStub(QUEUE + "-m-5").describe();
    assertThat(saga.getTypedSearchAttributes().size()).isZero();
    assertThat(saga.getStaticSummary()).isNull();
  }
}
