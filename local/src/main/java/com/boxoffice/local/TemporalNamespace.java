package com.boxoffice.local;

import com.boxoffice.checkout.CheckoutSearchAttributes;
import io.grpc.StatusRuntimeException;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The namespace the stack runs checkouts in, made ready the same way on either server: answering,
 * and knowing every search attribute operators find checkouts by.
 */
final class TemporalNamespace {
  static final String NAME = "default";
  private static final Logger log = LoggerFactory.getLogger(TemporalNamespace.class);

  private TemporalNamespace() {}

  /**
   * Waits for the server at {@code target}, giving up early once {@code serverAlive} says its
   * process is gone (else it could be talking to another server on the same port), then registers
   * the search attributes.
   */
  static void prepare(String target, Duration timeout, BooleanSupplier serverAlive)
      throws InterruptedException {
    WorkflowServiceStubs workflows =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    try {
      awaitReady(workflows, target, timeout, serverAlive);
      registerSearchAttributes(workflows, target);
    } finally {
      workflows.shutdownNow();
    }
  }

  private static void awaitReady(
      WorkflowServiceStubs workflows, String target, Duration timeout, BooleanSupplier serverAlive)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      try {
        workflows
            .blockingStub()
            .withDeadlineAfter(2, TimeUnit.SECONDS)
            .describeNamespace(DescribeNamespaceRequest.newBuilder().setNamespace(NAME).build());
        return;
      } catch (RuntimeException notYet) {
        if (!serverAlive.getAsBoolean()) {
          throw new IllegalStateException("Temporal for " + target + " exited while starting");
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Temporal at " + target + " did not come up", notYet);
        }
        Thread.sleep(250);
      }
    }
  }

  /**
   * A workflow that sets an unknown search attribute fails its task, so every key is registered
   * before a worker polls. Both servers take the same call. The dev server keeps its SQLite file
   * across restarts: it answers success for a key it holds with the same type, and refuses one held
   * with another type, which must stop the stack rather than break every checkout later.
   */
  private static void registerSearchAttributes(WorkflowServiceStubs workflows, String target) {
    AddSearchAttributesRequest.Builder request =
        AddSearchAttributesRequest.newBuilder().setNamespace(NAME);
    for (SearchAttributeKey<?> key : CheckoutSearchAttributes.ALL) {
      request.putSearchAttributes(key.getName(), key.getValueType());
    }
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setChannel(workflows.getRawChannel())
                .validateAndBuildWithDefaults());
    try {
      operator
          .blockingStub()
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .addSearchAttributes(request.build());
      log.info("Search attributes registered: {}", request.getSearchAttributesMap().keySet());
    } catch (StatusRuntimeException e) {
      throw new IllegalStateException(
          "Temporal at " + target + " refused the search attributes " + request, e);
    } finally {
      operator.shutdownNow();
    }
  }
}
