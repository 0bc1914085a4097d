package com.boxoffice.api.checkout;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import com.boxoffice.checkout.CancelRequest;
import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.CheckoutWorkflow;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Asks the workflow itself whether it can still be undone: its update validator is the one place
 * that knows whether the capture pivot has passed.
 */
@Component
class CheckoutCanceller {
  private final CheckoutWorkflows workflows;
  private final CheckoutRecords records;
  private final IdempotencyKeys keys;
  private final ApiProperties properties;

  CheckoutCanceller(
      CheckoutWorkflows workflows,
      CheckoutRecords records,
      IdempotencyKeys keys,
      ApiProperties properties) {
    this.workflows = workflows;
    this.records = records;
    this.keys = keys;
    this.properties = properties;
  }

  /** The status once the cancellation is accepted; throws 404 or 409 otherwise. */
  CheckoutStatus cancel(String checkoutId) {
    Optional<CheckoutStatus> recorded = records.state(checkoutId).map(CheckoutState::status);
    if (recorded.isEmpty() && !keys.isKnown(checkoutId)) {
      throw ApiProblem.notFound("No such checkout.");
    }
    if (recorded.isPresent() && recorded.get().isTerminal()) {
      return settled(recorded.get());
    }
    UpdateOptions<CheckoutState> cancel =
        UpdateOptions.newBuilder(CheckoutState.class)
            .setUpdateName("cancel")
            // Repeated cancels are one request: the workflow answers them with the first outcome.
            .setUpdateId("cancel")
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build();
    try {
      return workflows
          .within(
              properties.checkout().readyTimeout(),
              () ->
                  workflows
                      .client()
                      .newUntypedWorkflowStub(CheckoutWorkflow.workflowId(checkoutId))
                      .startUpdate(cancel, new CancelRequest("buyer"))
                      .getResult())
          .status();
    } catch (WorkflowUpdateException e) {
      return settled(current(checkoutId));
    } catch (TimeoutException e) {
      throw ApiProblem.of(
          HttpStatus.SERVICE_UNAVAILABLE,
          "service-unavailable",
          "The checkout did not answer in time; retry.");
    } catch (RuntimeException e) {
      if (CheckoutWorkflows.isNotFound(e)) {
        return settled(current(checkoutId));
      }
      throw e;
    }
  }

  private CheckoutStatus current(String checkoutId) {
    return workflows
        .state(checkoutId)
        .or(() -> records.state(checkoutId))
        .map(CheckoutState::status)
        .orElse(CheckoutStatus.CONFIRMING);
  }

  /** Ended without a sale is as good as cancelled; once sold, only a refund undoes it. */
  private static CheckoutStatus settled(CheckoutStatus status) {
    return switch (status) {
      case CANCELLED, EXPIRED, SOLD_OUT, PAYMENT_FAILED -> status;
      default ->
          throw ApiProblem.of(
              HttpStatus.CONFLICT,
              "not-cancellable",
              "The checkout is " + status + " and can no longer be cancelled.");
    };
  }
}
