package com.boxoffice.api.webhook;

import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.PaymentUpdate;
import com.boxoffice.checkout.StrayPayment;
import com.boxoffice.checkout.StrayPaymentWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a recorded event to its checkout's workflow. When no workflow can take it, money that moved
 * anyway goes to a stray-payment workflow, so that it is returned rather than kept.
 */
@Component
class PaymentEventApplier {
  private static final Logger log = LoggerFactory.getLogger(PaymentEventApplier.class);
  static final String DEFERRED = "deferred";
  static final String NOT_AWAITED = "not-awaited";

  private final WorkflowClient client;
  private final PaymentEventStore store;

  PaymentEventApplier(WorkflowClient client, PaymentEventStore store) {
    this.client = client;
    this.store = store;
  }

  /**
   * What becomes of an event whatever its checkout: {@code ignored} when it is not about payments,
   * {@code not-awaited} when the saga never waits for its type; null when it depends on the saga.
   */
  static String outcomeOnArrival(ReceivedEvent event) {
    if (!event.concernsPayments()) {
      return "ignored";
    }
    // A signal wakes the saga for a workflow task, so it gets only what it waits for.
    return PaymentUpdate.settlesPayment(event.type()) ? null : NOT_AWAITED;
  }

  /**
   * Applies a recorded event and marks it processed; leaves it unprocessed, for a later retry, when
   * Temporal cannot be reached.
   */
  HandledEvent apply(PaymentEventStore.Recorded recorded, ReceivedEvent event) {
    try {
      String outcome = outcome(recorded, event);
      store.finish(event.eventId(), outcome);
      return new HandledEvent(event.type(), outcome);
    } catch (RuntimeException e) {
      log.warn("Event {} stays unprocessed for now: {}", event.eventId(), e.toString());
      return new HandledEvent(event.type(), DEFERRED);
    }
  }

  private String outcome(PaymentEventStore.Recorded recorded, ReceivedEvent event) {
    String known = outcomeOnArrival(event);
    if (known != null) {
      return known;
    }
    if (SagaWait.isPast(recorded.orderStatus(), recorded.paymentStatus())) {
      return NOT_AWAITED;
    }
    String checkoutId = recorded.checkoutId();
    if (checkoutId != null) {
      try {
        client
            .newWorkflowStub(CheckoutWorkflow.class, CheckoutWorkflow.workflowId(checkoutId))
            .paymentUpdated(event.toUpdate());
        return "signalled";
      } catch (WorkflowNotFoundException e) {
        // The saga has ended (or never started): below, decide whether money must go back.
      }
    }
    if (!event.movesMoney()) {
      return checkoutId == null ? "no-checkout" : "workflow-closed";
    }
    if (event.paymentIntentId() == null) {
      return "workflow-closed";
    }
    settleStray(checkoutId, event);
    return "stray-payment";
  }

  private void settleStray(String checkoutId, ReceivedEvent event) {
    StrayPaymentWorkflow stray =
        client.newWorkflowStub(
            StrayPaymentWorkflow.class, StrayPaymentStartOptions.of(checkoutId, event));
    try {
      WorkflowClient.start(
          stray::settle, new StrayPayment(event.paymentIntentId(), checkoutId, event.eventId()));
    } catch (WorkflowExecutionAlreadyStarted e) {
      // Settled or being settled already: one settlement per intent.
    }
  }
}
