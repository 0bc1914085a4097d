package com.boxoffice.api.checkout;

import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutWorkflow;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The API's side of the checkout workflows: stubs, bounded calls and best-effort queries. */
@Component
class CheckoutWorkflows {
  private static final Logger log = LoggerFactory.getLogger(CheckoutWorkflows.class);

  private final WorkflowClient client;
  // The SDK keeps polling an update until a worker accepts it; a request must not wait that long.
  private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

  CheckoutWorkflows(WorkflowClient client) {
    this.client = client;
  }

  WorkflowClient client() {
    return client;
  }

  /** The workflow's live state, or empty when it cannot be asked (unknown, no worker, down). */
  Optional<CheckoutState> state(String checkoutId) {
    try {
      return Optional.ofNullable(
          client
              .newWorkflowStub(CheckoutWorkflow.class, CheckoutWorkflow.workflowId(checkoutId))
              .state());
    } catch (RuntimeException e) {
      log.debug("Could not query checkout {}: {}", checkoutId, e.toString());
      return Optional.empty();
    }
  }

  /**
   * Runs {@code call} for at most {@code timeout}; the call's own exception is rethrown as is.
   *
   * @throws TimeoutException when the workflow did not answer in time
   */
  <T> T within(Duration timeout, Supplier<T> call) throws TimeoutException {
    CompletableFuture<T> future = CompletableFuture.supplyAsync(call, calls);
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static boolean isAlreadyStarted(Throwable e) {
    return hasCause(e, WorkflowExecutionAlreadyStarted.class)
        || hasStatus(e, Status.Code.ALREADY_EXISTS);
  }

  /** Temporal could not be reached at all: nothing it knows can be asked either. */
  static boolean isUnavailable(Throwable e) {
    return hasStatus(e, Status.Code.UNAVAILABLE) || hasStatus(e, Status.Code.DEADLINE_EXCEEDED);
  }

  static boolean isNotFound(Throwable e) {
    return hasCause(e, WorkflowNotFoundException.class) || hasStatus(e, Status.Code.NOT_FOUND);
  }

  private static boolean hasCause(Throwable e, Class<? extends WorkflowException> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasStatus(Throwable e, Status.Code code) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StatusRuntimeException status && status.getStatus().getCode() == code) {
        return true;
      }
    }
    return false;
  }

  @PreDestroy
  void close() {
    calls.shutdownNow();
  }
}
