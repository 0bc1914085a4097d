package com.boxoffice.api.testworkflows;

import com.boxoffice.checkout.CancelRequest;
import com.boxoffice.checkout.CheckoutFailure;
import com.boxoffice.checkout.CheckoutRequest;
import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.PaymentUpdate;
import com.boxoffice.checkout.contract.payment.Money;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.List;

/**
 * A stand-in for the real saga, enough to exercise the API's mapping: magic event ids and payment
 * methods choose the outcome.
 */
@WorkflowImpl(taskQueues = CheckoutWorkflow.TASK_QUEUE)
public class FakeCheckoutWorkflow implements CheckoutWorkflow {
  public static final String SOLD_OUT_EVENT = "sold-out-fest";
  public static final String SLOW_EVENT = "slow-fest";
  public static final String DECLINED_CARD = "pm_card_chargeDeclined";
  public static final String PROVIDER_DOWN_CARD = "pm_card_providerDown";

  private CheckoutRequest request;
  private CheckoutState state;
  private boolean cancelled;
  private boolean captured;

  @Override
  public CheckoutState run(CheckoutRequest request) {
    this.request = request;
    state = state(CheckoutStatus.RESERVING, null, null);
    if (request.eventId().equals(SLOW_EVENT)) {
      Workflow.await(() -> cancelled);
    } else if (request.eventId().equals(SOLD_OUT_EVENT)) {
      state = state(CheckoutStatus.SOLD_OUT, null, failure(CheckoutFailure.SOLD_OUT));
    } else if (DECLINED_CARD.equals(request.paymentMethodId())) {
      state = state(CheckoutStatus.PAYMENT_FAILED, null, failure(CheckoutFailure.PAYMENT_DECLINED));
    } else if (PROVIDER_DOWN_CARD.equals(request.paymentMethodId())) {
      state = state(CheckoutStatus.PAYMENT_FAILED, null, failure(CheckoutFailure.PAYMENT_FAILED));
    } else {
      state = state(CheckoutStatus.AWAITING_PAYMENT, "requires_payment_method", null);
      Workflow.await(() -> cancelled || captured);
      state =
          cancelled
              ? state(CheckoutStatus.CANCELLED, "canceled", failure(CheckoutFailure.CANCELLED))
              : state(CheckoutStatus.CONFIRMED, "succeeded", null);
    }
    Workflow.await(Workflow::isEveryHandlerFinished);
    return state;
  }

  @Override
  public CheckoutState awaitPaymentReady() {
    Workflow.await(() -> state != null && state.status() != CheckoutStatus.RESERVING);
    if (state.failure() != null) {
      throw ApplicationFailure.newFailure(state.failure().message(), state.failure().code());
    }
    return state;
  }

  @Override
  public void paymentUpdated(PaymentUpdate update) {
    captured = "succeeded".equals(update.paymentStatus());
    state = state(state.status(), update.paymentStatus(), state.failure());
  }

  @Override
  public CheckoutState cancel(CancelRequest cancel) {
    cancelled = true;
    return state(CheckoutStatus.COMPENSATING, state.paymentStatus(), null);
  }

  @Override
  public void validateCancel(CancelRequest cancel) {
    if (state == null || state.status().isTerminal() || captured) {
      throw new IllegalStateException("past the pivot");
    }
  }

  @Override
  public CheckoutState state() {
    return state;
  }

  private static CheckoutFailure failure(String code) {
    return new CheckoutFailure(code, "fake " + code);
  }

  private CheckoutState state(
      CheckoutStatus status, String paymentStatus, CheckoutFailure failure) {
    String id = request.checkoutId();
    boolean hasIntent = paymentStatus != null;
    Instant now = Instant.ofEpochMilli(Workflow.currentTimeMillis());
    return new CheckoutState(
        id,
        status,
        request.eventId(),
        request.items(),
        new Money(1000L * request.items().size(), "usd"),
        request.customer().email(),
        hasIntent ? "pi_" + id : null,
        hasIntent ? "pi_" + id + "_secret_fake" : null,
        paymentStatus,
        List.of(),
        failure,
        false,
        now.plus(request.holdTtl()),
        now,
        now);
  }
}
