package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.inventory.SeatHold;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.payment.AuthorizeRequest;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.util.List;
import org.slf4j.Logger;

public class CheckoutWorkflowImpl implements CheckoutWorkflow {
  private static final Logger log = Workflow.getLogger(CheckoutWorkflowImpl.class);

  private final SagaVersion version = new SagaVersion();
  private final Checkout checkout;
  private final PaymentEvents paymentEvents = new PaymentEvents();
  private final SagaActivities activities = new SagaActivities();
  private final Compensations compensations;
  private final OrderSteps orders;
  private final PaymentSteps payments;
  private final PaymentWait paymentWait;

  /** Builds the state before any handler runs, since update-with-start delivers both at once. */
  @WorkflowInit
  public CheckoutWorkflowImpl(CheckoutRequest request) {
    StatusRecorder recorder = new StatusRecorder(activities);
    CheckoutMetrics metrics = new CheckoutMetrics();
    checkout = new Checkout(request, version, new OperatorView(), metrics);
    compensations = new Compensations(checkout, recorder, metrics);
    orders = new OrderSteps(activities, checkout, recorder);
    payments = new PaymentSteps(activities, version, checkout, recorder);
    paymentWait = new PaymentWait(activities, version, checkout, paymentEvents);
  }

  @Override
  public CheckoutState run(CheckoutRequest request) {
    begin();
    try {
      compensations.add("release seats", orders::releaseSeats);
      SeatHold hold = orders.holdSeats(request);
      AuthorizeRequest authorization = payments.authorization(request, hold);
      compensations.add("undo payment", () -> payments.undo(authorization));
      PaymentIntentStatus intent = payments.authorize(authorization);
      paymentWait.awaitPayment(intent);
      // Capture is the pivot: from here the order is fulfilled, even if the workflow is cancelled.
      Workflow.newDetachedCancellationScope(() -> fulfil(request, hold)).run();
    } catch (CheckoutFailed failed) {
      compensate(failed);
    } catch (TemporalFailure failure) {
      if (!CancellationScope.current().isCancelRequested()) {
        throw failure;
      }
      compensate(CheckoutFailed.cancelled("the checkout workflow was cancelled"));
    }
    checkout.waits();
    Workflow.newDetachedCancellationScope(() -> Workflow.await(Workflow::isEveryHandlerFinished))
        .run();
    return checkout.snapshot();
  }

  /** Decides which saga this run follows ({@link SagaVersion}), and shows it to operators. */
  private void begin() {
    if (version.decide()) {
      activities.runLocally(new RetryRounds(checkout));
    }
    checkout.begins();
  }

  private void fulfil(CheckoutRequest request, SeatHold hold) {
    payments.capture(request);
    List<Ticket> tickets = orders.confirmOrder();
    // Not cleared at capture: a hold that lapsed before confirmation still needs the refund.
    compensations.clear();
    checkout.confirmed(tickets);
    orders.sendConfirmation(request, hold, tickets);
  }

  private void compensate(CheckoutFailed failed) {
    log.info("Checkout {} failed: {}", checkout.checkoutId(), failed.failure());
    if (failed.leftNothingToUndo()) {
      compensations.clear();
    }
    checkout.failing(failed.finalStatus(), failed.failure());
    Workflow.newDetachedCancellationScope(
            () -> {
              payments.stopsWaiting(CheckoutStatus.COMPENSATING);
              compensations.run();
            })
        .run();
    checkout.ended();
  }

  @Override
  public CheckoutState awaitPaymentReady() {
    Workflow.await(checkout::readyToAnswer);
    if (!checkout.paymentReady()) {
      CheckoutFailure failure = checkout.failure();
      throw ApplicationFailure.newFailure(failure.message(), failure.code());
    }
    return checkout.snapshot();
  }

  @Override
  public void paymentUpdated(PaymentUpdate update) {
    if (!paymentEvents.record(update)) {
      log.info("Ignoring Stripe event {}: already applied", update.stripeEventId());
      return;
    }
    // Only the decisive events (applied by the payment wait) move the payment status: the others
    // are snapshots from when Stripe sent them, delivered in no particular order, and would
    // overwrite the fresher status Stripe gave the saga synchronously.
  }

  @Override
  public CheckoutState cancel(CancelRequest request) {
    checkout.requestCancel(request == null ? null : request.reason());
    Workflow.await(() -> !isCancellable(checkout.status()));
    return checkout.snapshot();
  }

  @Override
  public void validateCancel(CancelRequest request) {
    if (!isCancellable(checkout.status())) {
      throw new IllegalStateException(
          "Checkout "
              + checkout.checkoutId()
              + " is "
              + checkout.status()
              + ": too late to cancel");
    }
  }

  @Override
  public CheckoutState state() {
    return checkout.snapshot();
  }

  private static boolean isCancellable(CheckoutStatus status) {
    return status == CheckoutStatus.RESERVING || status == CheckoutStatus.AWAITING_PAYMENT;
  }
}
