package com.boxoffice.api.checkout;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import com.boxoffice.checkout.CheckoutFailure;
import com.boxoffice.checkout.CheckoutRequest;
import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutWorkflow;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.failure.ApplicationFailure;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Starts the checkout's saga and waits, boundedly, until its seats are held and its payment intent
 * exists. The same checkout id always reaches the same workflow, so a retried request attaches to
 * the first one instead of starting a second saga.
 */
@Component
class CheckoutStarter {
  private static final Logger log = LoggerFactory.getLogger(CheckoutStarter.class);
  // One id for every attempt: Temporal then answers a repeated update with the first outcome.
  private static final String READY_UPDATE_ID = "payment-ready";

  private final CheckoutWorkflows workflows;
  private final CheckoutRecords records;
  private final ApiProperties properties;
  private final CheckoutMetrics metrics;

  CheckoutStarter(
      CheckoutWorkflows workflows,
      CheckoutRecords records,
      ApiProperties properties,
      CheckoutMetrics metrics) {
    this.workflows = workflows;
    this.records = records;
    this.properties = properties;
    this.metrics = metrics;
  }

  /**
   * The checkout once its payment can be collected; a failed one throws its problem. The quote only
   * describes the checkout to operators.
   */
  CheckoutState start(CheckoutRequest request, Quote quote) {
    return metrics.observe(() -> startOrAttach(request, quote));
  }

  /**
   * Refuses a checkout whose seats were short when it came, before any saga starts: a launch's
   * sold-out crowd costs a read, not a workflow. A retry of it is decided afresh.
   */
  void refuseSoldOut() {
    throw metrics.turnedAway(soldOut(), Duration.ZERO);
  }

  private CheckoutState startOrAttach(CheckoutRequest request, Quote quote) {
    String checkoutId = request.checkoutId();
    CheckoutWorkflow stub =
        workflows
            .client()
            .newWorkflowStub(CheckoutWorkflow.class, CheckoutStartOptions.of(request, quote));
    UpdateOptions<CheckoutState> ready =
        UpdateOptions.newBuilder(CheckoutState.class)
            .setUpdateId(READY_UPDATE_ID)
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build();
    try {
      return workflows.within(
          properties.checkout().readyTimeout(),
          () ->
              WorkflowClient.executeUpdateWithStart(
                  stub::awaitPaymentReady,
                  ready,
                  new WithStartWorkflowOperation<>(stub::run, request)));
    } catch (WorkflowUpdateException e) {
      ApplicationFailure failure = applicationFailure(e);
      throw problem(
          checkoutId,
          failure == null ? "checkout-failed" : failure.getType(),
          failure == null ? e.getMessage() : failure.getOriginalMessage());
    } catch (TimeoutException | WorkflowUpdateTimeoutOrCancelledException e) {
      throw pending(checkoutId);
    } catch (RuntimeException e) {
      if (CheckoutWorkflows.isAlreadyStarted(e)) {
        return replay(checkoutId);
      }
      if (CheckoutWorkflows.isUnavailable(e)) {
        throw e;
      }
      // The call failed on its way back, perhaps after the saga started or even ended (the
      // server answers a lost race between a closing workflow and its update this way): what
      // the workflow or the database already knows is the answer, not "unavailable".
      log.warn("Starting checkout {} failed; answering from what is known", checkoutId, e);
      return answer(known(checkoutId).orElseThrow(() -> e));
    }
  }

  /** The workflow has already ended: answer as the first request was answered. */
  private CheckoutState replay(String checkoutId) {
    return answer(known(checkoutId).orElseThrow(() -> pending(checkoutId)));
  }

  private Optional<CheckoutState> known(String checkoutId) {
    return workflows.state(checkoutId).or(() -> records.state(checkoutId));
  }

  /** A failed checkout's answer is its problem, as the first request's was. */
  private static CheckoutState answer(CheckoutState state) {
    CheckoutFailure failure = state.failure();
    if (failure != null && mapsToProblem(failure.code())) {
      throw problem(state.checkoutId(), failure.code(), failure.message());
    }
    return state;
  }

  private static boolean mapsToProblem(String code) {
    return switch (code) {
      case CheckoutFailure.SOLD_OUT,
          CheckoutFailure.PAYMENT_DECLINED,
          CheckoutFailure.PAYMENT_FAILED,
          CheckoutFailure.UNKNOWN_TICKET_TYPE ->
          true;
      default -> false;
    };
  }

  static ApiProblem problem(String checkoutId, String code, String message) {
    ApiProblem problem =
        switch (code) {
          case CheckoutFailure.SOLD_OUT -> soldOut();
          case CheckoutFailure.PAYMENT_DECLINED ->
              ApiProblem.of(HttpStatus.PAYMENT_REQUIRED, "payment-declined", message);
          case CheckoutFailure.UNKNOWN_TICKET_TYPE ->
              ApiProblem.of(HttpStatus.BAD_REQUEST, "unknown-ticket-type", message);
          case CheckoutFailure.PAYMENT_FAILED ->
              ApiProblem.of(
                  HttpStatus.BAD_GATEWAY,
                  "payment-unavailable",
                  "The payment provider could not be reached and nothing was charged; start a new checkout (a new Idempotency-Key) to try again.");
          default -> ApiProblem.of(HttpStatus.BAD_GATEWAY, "checkout-failed", message);
        };
    return problem.at(location(checkoutId));
  }

  private static ApiProblem soldOut() {
    return ApiProblem.of(HttpStatus.CONFLICT, "sold-out", "Not enough seats are left.");
  }

  private static ApiProblem pending(String checkoutId) {
    return ApiProblem.of(
            HttpStatus.SERVICE_UNAVAILABLE,
            "checkout-pending",
            "The checkout is still being prepared; poll its Location or retry with the same key.")
        .at(location(checkoutId))
        .retryAfter(Duration.ofSeconds(1));
  }

  static URI location(String checkoutId) {
    return URI.create("/v1/checkouts/" + checkoutId);
  }

  private static ApplicationFailure applicationFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure failure) {
        return failure;
      }
    }
    return null;
  }
}
