package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.AMOUNT;
import static com.boxoffice.checkout.CheckoutFixtures.CHECKOUT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.TICKETS;
import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.boxoffice.checkout.contract.email.EmailActivities;
import com.boxoffice.checkout.contract.email.EmailReceipt;
import com.boxoffice.checkout.contract.inventory.HoldSeatsRequest;
import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.IssuedTickets;
import com.boxoffice.checkout.contract.inventory.SeatHold;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.checkout.contract.payment.UndoPaymentResult;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.uber.m3.tally.ScopeCloseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.common.SearchAttributes;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A time-skipping Temporal with the sagas registered and every activity mocked to succeed; a test
 * changes only the answers its story needs. Checkouts start as the API starts them:
 * update-with-start. A JUnit extension, one for each test, which it records the histories of and
 * stops after it:
 *
 * <pre>{@code
 * @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();
 * }</pre>
 */
final class CheckoutHarness implements AutoCloseable, BeforeEachCallback, AfterEachCallback {
  final InventoryActivities inventory = activityMock(InventoryActivities.class);
  final PaymentActivities payments = activityMock(PaymentActivities.class);
  final EmailActivities email = activityMock(EmailActivities.class);
  final MeterRegistry meters = new SimpleMeterRegistry();
  private final Scope metricsScope =
      new RootScopeBuilder()
          .reporter(new MicrometerClientStatsReporter(meters))
          .reportEvery(com.uber.m3.util.Duration.ofSeconds(1));
  final TestWorkflowEnvironment env =
      TestWorkflowEnvironment.newInstance(
          TestEnvironmentOptions.newBuilder().setMetricsScope(metricsScope).build());
  final WorkflowClient client = env.getWorkflowClient();
  private HistoryRecorder recorder;

  CheckoutHarness() {
    // As on a real server, upserting an attribute the namespace does not know fails the workflow.
    CheckoutSearchAttributes.ALL.forEach(
        key -> env.registerSearchAttribute(key.getName(), key.getValueType()));
    Map<String, Worker> workers = new HashMap<>();
    Worker checkouts = workers.computeIfAbsent(CheckoutWorkflow.TASK_QUEUE, env::newWorker);
    checkouts.registerWorkflowImplementationTypes(
        CheckoutWorkflowImpl.class, RefundWorkflowImpl.class, StrayPaymentWorkflowImpl.class);
    // Local activities run in the worker of the workflow that calls them, as in worker.yml.
    checkouts.registerActivitiesImplementations(inventory, payments, email);
    // Refunds, stray payments and sagas started before the whole checkout ran locally.
    workers
        .computeIfAbsent(PaymentActivities.TASK_QUEUE, env::newWorker)
        .registerActivitiesImplementations(payments);
    workers
        .computeIfAbsent(EmailActivities.TASK_QUEUE, env::newWorker)
        .registerActivitiesImplementations(email);
    everythingSucceeds();
    env.start();
  }

  /** Starts the checkout and waits for the update the API waits for, as the API does. */
  CheckoutState start(CheckoutRequest request) {
    return start(request, SearchAttributes.EMPTY);
  }

  /** Starts the checkout as {@link #start(CheckoutRequest)} does, carrying these attributes. */
  CheckoutState start(CheckoutRequest request, SearchAttributes attributes) {
    CheckoutWorkflow workflow = newCheckout(request, attributes);
    return WorkflowClient.executeUpdateWithStart(
        workflow::awaitPaymentReady,
        UpdateOptions.<CheckoutState>newBuilder()
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build(),
        new WithStartWorkflowOperation<>(workflow::run, request));
  }

  /**
   * Starts the checkout as {@link #start} does without waiting for the answer, which would keep
   * time from skipping through the retries of a failing authorization.
   */
  void startWithoutWaiting(CheckoutRequest request) {
    CheckoutWorkflow workflow = newCheckout(request, SearchAttributes.EMPTY);
    WorkflowClient.startUpdateWithStart(
        workflow::awaitPaymentReady,
        UpdateOptions.<CheckoutState>newBuilder()
            .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
            .build(),
        new WithStartWorkflowOperation<>(workflow::run, request));
  }

  /** Returns once the workflow has handled every signal sent so far. */
  void awaitSignalsHandled() throws InterruptedException {
    while (true) {
      List<HistoryEvent> events = client.fetchHistory(WORKFLOW_ID).getEvents();
      int lastSignal = -1;
      int lastTaskCompleted = -1;
      for (int i = 0; i < events.size(); i++) {
        EventType type = events.get(i).getEventType();
        if (type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED) {
          lastSignal = i;
        } else if (type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) {
          lastTaskCompleted = i;
        }
      }
      if (lastTaskCompleted > lastSignal) {
        return;
      }
      Thread.sleep(20);
    }
  }

  private CheckoutWorkflow newCheckout(CheckoutRequest request, SearchAttributes attributes) {
    String workflowId = CheckoutWorkflow.workflowId(request.checkoutId());
    recorder.started(workflowId);
    return client.newWorkflowStub(
        CheckoutWorkflow.class,
        WorkflowOptions.newBuilder()
            .setWorkflowId(workflowId)
            .setTaskQueue(CheckoutWorkflow.TASK_QUEUE)
            .setWorkflowIdConflictPolicy(
                WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
            // A retried POST after the checkout ended must find it, not start it again.
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .setTypedSearchAttributes(attributes)
            .build());
  }

  CheckoutWorkflow checkout() {
    return client.newWorkflowStub(CheckoutWorkflow.class, WORKFLOW_ID);
  }

  /** Waits for the saga to end, skipping time through every timer and retry on the way. */
  CheckoutState result() {
    return client.newUntypedWorkflowStub(WORKFLOW_ID).getResult(CheckoutState.class);
  }

  WorkflowStub untyped(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId);
  }

  /** What an operator finds the workflow by, as the server has it now. */
  SearchAttributes searchAttributes(String workflowId) {
    return untyped(workflowId).describe().getTypedSearchAttributes();
  }

  /** The current details the Temporal UI shows, read as the UI reads them. */
  String currentDetails(String workflowId) {
    WorkflowMetadata metadata =
        untyped(workflowId)
            .query(WorkflowClient.QUERY_TYPE_WORKFLOW_METADATA, WorkflowMetadata.class);
    return metadata.getCurrentDetails();
  }

  /** Reports what the workflows have counted so far; call it once the workflows are done. */
  MeterRegistry reportedMetrics() {
    closeMetrics();
    return meters;
  }

  @Override
  public void close() {
    if (recorder != null) {
      recorder.save(client);
    }
    env.close();
    closeMetrics();
  }

  /** Names the histories this test records after it ({@link HistoryRecorder}). */
  @Override
  public void beforeEach(ExtensionContext test) {
    recorder = HistoryRecorder.forTest(test);
  }

  @Override
  public void afterEach(ExtensionContext test) {
    close();
  }

  /** Records the history of a workflow the test started itself, not through {@link #start}. */
  void recordHistoryOf(String workflowId) {
    recorder.started(workflowId);
  }

  /** Closing the scope reports what it holds; closing it twice does no harm. */
  private void closeMetrics() {
    try {
      metricsScope.close();
    } catch (ScopeCloseException e) {
      throw new IllegalStateException(e);
    }
  }

  private void everythingSucceeds() {
    when(inventory.holdSeats(any()))
        .thenAnswer(call -> {
          HoldSeatsRequest hold = call.getArgument(0);
          return new SeatHold(hold.checkoutId(), "Festival 2026", AMOUNT, hold.holdUntil());
        });
    when(inventory.confirmOrder(any())).thenReturn(new IssuedTickets(CHECKOUT_ID, TICKETS));
    when(payments.authorize(any())).thenReturn(intent("requires_capture"));
    when(payments.capture(any())).thenReturn(intent("succeeded"));
    when(payments.retrieve(any())).thenReturn(intent("requires_action"));
    when(payments.undo(any()))
        .thenReturn(new UndoPaymentResult(INTENT_ID, UndoPaymentResult.Outcome.VOIDED, null));
    when(email.sendConfirmation(any())).thenReturn(new EmailReceipt(CHECKOUT_ID, "msg-1", false));
  }

  /**
   * As Temporal's testing guide does it: registration must see the interface's annotations only.
   */
  private static <T> T activityMock(Class<T> type) {
    return mock(type, withSettings().withoutAnnotations());
  }
}
